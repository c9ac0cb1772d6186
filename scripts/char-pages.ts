import { writeFileSync } from 'node:fs';
import { asciiJson } from '../src/core/dataset/ascii-json';
import { buildPage, SAME_CODE as SAME } from '../src/core/text/chars';

/**
 * Writes `src/core/text/char-pages.ts`: the character tables of the pages every worker start builds, computed here
 * once. Run it after changing how `chars.ts` classifies or folds a character; a unit test fails until it is run.
 *
 *   npx tsx scripts/char-pages.ts
 */

/**
 * The pages a worker's start reads (the bundled names' first letters and the ambiguous names, held by a unit test):
 * Latin-1, Latin Extended-A, -B and Additional, and General Punctuation, which every news page has too. Building any
 * page the first time compiles the classes' regular expressions, about as long again as the pages themselves.
 */
export const PREBUILT = [0x00, 0x01, 0x02, 0x1e, 0x20];


/** A page's tables as three strings, one character per code: its class (as '0' + class), its two foldings. */
export function pageStrings(index: number): [string, string, string] {
  const page = buildPage(index);
  const folding = (codes: Uint16Array) =>
    Array.from(codes, (code, i) => {
      if (code === index * 256 + i) return SAME;
      if (code === SAME.charCodeAt(0)) throw new Error(`code ${index * 256 + i} folds to '${SAME}', which this encoding reads as itself`);
      return String.fromCharCode(code);
    }).join('');
  return [String.fromCharCode(...Array.from(page.cls, (c) => c + 0x30)), folding(page.lower), folding(page.keep)];
}

function source(): string {
  const entries = PREBUILT.map((index) => `  0x${index.toString(16).padStart(2, '0')}: ${asciiJson(pageStrings(index))},`);
  return `// Written by scripts/char-pages.ts from chars.ts's own tables; do not edit (a unit test compares them).

/**
 * The character tables of the pages a starting worker builds, ready-made: computing them costs every start a few
 * thousand regular-expression tests and \`normalize\` calls (several milliseconds in a starting worker), reading them
 * a few hundred \`charCodeAt\`s. By page index: [classes as '0' + class, lower-case folding, folding keeping case], where
 * '~' in a folding is the code itself.
 */
export const PREBUILT_PAGES: Readonly<Partial<Record<number, readonly [string, string, string]>>> = {
${entries.join('\n')}
};
`;
}

if (process.argv[1]?.endsWith('char-pages.ts')) writeFileSync(new URL('../src/core/text/char-pages.ts', import.meta.url), source());
