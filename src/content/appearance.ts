import type { HighlightStyle } from '../core/settings';
import { MENTION_HIGHLIGHT } from './highlight';

/**
 * The reader's highlight style, as a constructed style sheet adopted by the document: it follows the manifest's
 * `highlight.css` in the cascade, adds no node to the page, and `destroy()` takes it back.
 */
const RULES: Record<HighlightStyle, string | undefined> = {
  dotted: undefined, // highlight.css as it is
  underline: 'text-decoration-style: solid; background-color: transparent;',
  background: 'text-decoration-line: none; background-color: rgba(250, 204, 21, 0.35);',
  none: 'text-decoration-line: none; background-color: transparent;',
};

export interface Appearance {
  set(style: HighlightStyle): void;
  destroy(): void;
}

export function applyAppearance(doc: Document): Appearance {
  // Adopted only once a style needs a rule: the default style has none, and changing a document's adopted sheets
  // makes the browser look at its styles again, on every page, for nothing.
  let sheet: CSSStyleSheet | undefined;
  return {
    set(style) {
      const rule = RULES[style];
      if (!rule && !sheet) return;
      if (!sheet) {
        sheet = new CSSStyleSheet();
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      }
      sheet.replaceSync(rule ? `::highlight(${MENTION_HIGHLIGHT}) { ${rule} }` : '');
    },
    destroy() {
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      sheet = undefined;
    },
  };
}
