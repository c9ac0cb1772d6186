import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { normalizeForMatching } from '../../src/core/text/normalize';
import { miniDataset } from './helpers/mini-dataset';

const engine = new Engine(miniDataset);
const SHY = '\u00AD';
const ZWJ = '\u200D';
const ZWNJ = '\u200C';
const WJ = '\u2060';
const INVISIBLES = /\u00AD|\u200C|\u200D|\u2060|\uFEFF/g;

/** Each mention as the page's own characters, and the entity it was linked to. */
function found(text: string): { original: string; entity: string }[] {
  return engine.scan([text]).mentions.map((m) => ({ original: text.slice(m.start, m.end), entity: m.entity }));
}

describe('matching text without invisible characters and with composed accents', () => {
  it('leaves ordinary text as it is, at no cost', () => {
    const n = normalizeForMatching('Vladimir Putin met Kim Jong Un.');
    expect(n.text).toBe('Vladimir Putin met Kim Jong Un.');
    expect(n.originalStart(9)).toBe(9);
    expect(n.originalEnd(14)).toBe(14);
  });

  it('removes soft hyphens and maps a name back over them', () => {
    const original = `Der Prä${SHY}si${SHY}dent Wla${SHY}di${SHY}mir traf`;
    const n = normalizeForMatching(original);
    expect(n.text).toBe('Der Präsident Wladimir traf');
    const start = n.text.indexOf('Wladimir');
    expect(original.slice(n.originalStart(start), n.originalEnd(start + 'Wladimir'.length))).toBe(`Wla${SHY}di${SHY}mir`);
  });

  it('composes decomposed accents and maps each composed letter to its base and marks', () => {
    const original = 'Co\u0302te d\u2019Ivoire and Mu\u0308ller';
    const n = normalizeForMatching(original);
    expect(n.text).toBe('Côte d\u2019Ivoire and Müller');
    const start = n.text.indexOf('Müller');
    expect(original.slice(n.originalStart(start), n.originalEnd(start + 6))).toBe('Mu\u0308ller');
    expect(original.slice(n.originalStart(0), n.originalEnd(4))).toBe('Co\u0302te');
  });

  it('keeps an accent with its letter when an invisible character sits between them', () => {
    const original = `Jose${SHY}\u0301 and Jose${ZWJ}\u0301`;
    expect(normalizeForMatching(original).text).toBe('José and José');
  });

  it('never starts or ends a range on an invisible character', () => {
    const original = `${SHY}Putin${WJ}`;
    const n = normalizeForMatching(original);
    expect(n.text).toBe('Putin');
    expect(original.slice(n.originalStart(0), n.originalEnd(5))).toBe('Putin');
  });

  it('agrees with removing invisible characters and composing the whole text, and maps every character back', () => {
    const alphabet = fc.constantFrom('a', 'e', 'u', 'C', 'K', ' ', '-', '\u0301', '\u0308', '\u0327', '\u0302', SHY, ZWJ, ZWNJ, WJ, '\uFEFF', '\u{1F600}', 'ü', 'ñ', '\u1100', '\u1161', '\u11A8', '\u212B', '\u0958');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join('')), (original) => {
        const n = normalizeForMatching(original);
        expect(n.text).toBe(original.replace(INVISIBLES, '').normalize('NFC'));
        for (let k = 0; k < n.text.length; k++) {
          const start = n.originalStart(k);
          const end = n.originalEnd(k + 1);
          if (k > 0) expect(start).toBeGreaterThanOrEqual(n.originalStart(k - 1));
          expect(end).toBeGreaterThan(start);
          // The original characters behind each matched character compose to (at least) that character.
          expect(original.slice(start, end).replace(INVISIBLES, '').normalize('NFC')).toContain(n.text[k]);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('names written with invisible or decomposed characters, found with exact offsets', () => {
  it('finds a soft-hyphenated name, as German sites write it, covering exactly its characters', () => {
    expect(found(`Prä${SHY}si${SHY}dent Vla${SHY}di${SHY}mir Pu${SHY}tin sprach in Kyiv.`)).toEqual([
      { original: `Vla${SHY}di${SHY}mir Pu${SHY}tin`, entity: 'vladimir-putin' },
      { original: 'Kyiv', entity: 'kyiv' },
    ]);
  });

  it('finds names with zero-width joiners, non-joiners and word joiners inside', () => {
    expect(found(`Volodymyr Zelen${ZWNJ}skyy met Vladimir${WJ} Putin and Kim${ZWJ} Jong Un in Moscow.`)).toEqual([
      { original: `Volodymyr Zelen${ZWNJ}skyy`, entity: 'volodymyr-zelenskyy' },
      { original: `Vladimir${WJ} Putin`, entity: 'vladimir-putin' },
      { original: `Kim${ZWJ} Jong Un`, entity: 'kim-jong-un' },
      { original: 'Moscow', entity: 'moscow' },
    ]);
  });

  it('finds a name written with decomposed accents, and the names after it at their true offsets', () => {
    expect(found('In Co\u0302te d\u2019Ivoire, Co\u0302te d\u2019Ivoire officials met Israeli envoys.')).toEqual([
      { original: 'Co\u0302te d\u2019Ivoire', entity: 'ivory-coast' },
      { original: 'Co\u0302te d\u2019Ivoire', entity: 'ivory-coast' },
      { original: 'Israeli', entity: 'israel' },
    ]);
  });

  it('gives the same links as the plain text, for every mention of a block', () => {
    const plain = 'Vladimir Putin and Volodymyr Zelenskyy spoke; Kim Jong Un listened in Seoul.';
    const messy = plain.replace(/([aeiou])([a-z])/g, `$1${SHY}$2`);
    expect(found(messy).map((m) => m.entity)).toEqual(found(plain).map((m) => m.entity));
    for (const m of found(messy)) expect(m.original.replace(INVISIBLES, '')).toMatch(/^[A-Z]/);
    expect(found(messy).map((m) => m.original.replace(INVISIBLES, ''))).toEqual(found(plain).map((m) => m.original));
  });
});
