import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/paths';

/**
 * Every string a reader sees goes through `_locales`: a scan of the UI folders' sources for words written into JSX
 * text, user-visible attributes and DOM text properties, and a check that every message key is in all four locales.
 */

const UI_FOLDERS = ['src/popup', 'src/options', 'src/ui', 'src/content'];
const LOCALES = ['en', 'fr', 'de', 'es'];
/** Attributes a reader sees or hears. */
const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** DOM properties that put text in front of the reader. */
const VISIBLE_PROPERTIES = new Set(['textContent', 'innerText', 'title', 'placeholder', 'alt', 'ariaLabel', 'ariaDescription']);

/** Only text with letters counts as words: "×", "·" or "—" need no translation. */
const hasWords = (text: string) => /\p{L}/u.test(text);

function sourceFiles(folder: string): string[] {
  return readdirSync(join(REPO, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(folder, f));
}

/** The hard-coded user-visible strings of one source file, as `file:line: text`. */
export function hardCodedStrings(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${text.trim()}`);
  const literalText = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : node && ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((s) => s.literal.text).join(' ') : undefined;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source))) {
      const init = node.initializer;
      const text = init && ts.isJsxExpression(init) ? literalText(init.expression) : literalText(init);
      if (text !== undefined && hasWords(text)) report(node, text);
    }
    // Text set through the DOM: `el.textContent = '…'`, `el.setAttribute('aria-label', '…')`.
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && VISIBLE_PROPERTIES.has(node.left.name.text)) {
      const text = literalText(node.right);
      if (text !== undefined && hasWords(text)) report(node, text);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'setAttribute') {
      const [name, value] = node.arguments;
      const attribute = literalText(name);
      const text = literalText(value);
      if (attribute && VISIBLE_ATTRIBUTES.has(attribute) && text !== undefined && hasWords(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The keys passed as literals to `t()`. */
function usedKeys(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const keys: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) keys.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

const catalogue = (locale: string) => {
  const file = `assets/_locales/${locale}/messages.json`;
  const messages = JSON.parse(readFileSync(join(REPO, file), 'utf8')) as Record<string, { message?: unknown }>;
  for (const [key, entry] of Object.entries(messages)) {
    if (typeof entry.message !== 'string' || !entry.message.trim()) throw new Error(`${file}: message ${key}: field "message" is missing or empty`);
  }
  return messages;
};

describe('user-visible strings', () => {
  const files = UI_FOLDERS.flatMap(sourceFiles);

  it('finds the UI sources to scan', () => {
    expect(files.some((f) => f.endsWith('Popup.tsx'))).toBe(true);
    expect(files.some((f) => f.startsWith('src/content/'))).toBe(true);
  });

  it('are never hard-coded in src/popup, src/options, src/ui or src/content', () => {
    const found = files.flatMap((f) => hardCodedStrings(f, readFileSync(join(REPO, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the scan catches words in JSX text, visible attributes and DOM text, and lets symbols through', () => {
    const sample = [
      'export const A = () => <p>Nothing here</p>;',
      'export const B = () => <button aria-label="Close card">×</button>;',
      'export const C = () => <input placeholder={`Search names`} title={t("x")} />;',
      'export function d(el: HTMLElement) { el.textContent = "Loading"; el.setAttribute("title", "More"); el.setAttribute("class", "words here"); }',
      'export const E = () => <span aria-hidden="true">·</span>;',
    ].join('\n');
    expect(hardCodedStrings('sample.tsx', sample).map((s) => s.replace(/^sample\.tsx:\d+: /, ''))).toEqual(['Nothing here', 'Close card', 'Search names', 'Loading', 'More']);
  });

  it('every message key is in all four locales, and every key the UI asks for exists', () => {
    const catalogues = Object.fromEntries(LOCALES.map((l) => [l, catalogue(l)]));
    const en = Object.keys(catalogues.en!).sort();
    for (const locale of LOCALES) expect({ locale, keys: Object.keys(catalogues[locale]!).sort() }).toEqual({ locale, keys: en });
    const used = [...new Set([...files, 'src/popup/main.tsx'].flatMap((f) => usedKeys(f, readFileSync(join(REPO, f), 'utf8'))))];
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((k) => !(k in catalogues.en!))).toEqual([]);
  });
});
