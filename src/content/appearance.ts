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
  const sheet = new CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    set(style) {
      const rule = RULES[style];
      sheet.replaceSync(rule ? `::highlight(${MENTION_HIGHLIGHT}) { ${rule} }` : '');
    },
    destroy() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
