/**
 * The figures a text states, as numbers: "1,200" and "1200" are 1200, "3 million" and "3,000,000" are 3e6, "two" is 2,
 * "52%" and "52 percent" are 52. Used to ask whether the record gives the figures an event's summary states.
 */

export type FigureKind = 'toll' | 'share' | 'money' | 'year' | 'count';

export interface Figure {
  /** The figure as written: "3 million", "two", "52%". */
  text: string;
  value: number;
  kind: FigureKind;
  /** "more than 300", "over 300", "at least 300": the text states a floor, not the figure. */
  floor?: 'above' | 'atLeast';
}

const UNITS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, m: 1e6, k: 1e3 };
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';

const WORD_NUMBER = `(?:(?:${Object.keys(TENS).join('|')})(?:[-\\s](?:one|${Object.keys(UNITS).slice(0, 8).join('|')}))?|${Object.keys(UNITS).join('|')})`;
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,/:])(?<![\\p{L}][-–])(${DIGITS}|${WORD_NUMBER})(?:\\s*(?:-|\\s)?(thousand|million|billion|trillion|bn|m|k)(?![\\p{L}]))?(?![\\p{L}\\p{N}]|[.,:/]\\d)`,
  'giu',
);
const DAY_OF_MONTH_AFTER = new RegExp(`^\\s+${MONTH}(?![\\p{L}])`, 'u');
const DAY_OF_MONTH_BEFORE = new RegExp(`${MONTH}\\s+$`, 'u');

function wordValue(word: string): number {
  const w = word.toLowerCase();
  if (UNITS[w] !== undefined) return UNITS[w]!;
  const [tens, unit] = w.split(/[-\s]/);
  return TENS[tens!]! + (unit ? (unit === 'one' ? 1 : UNITS[unit]!) : 0);
}

function kindOf(text: string, start: number, end: number, value: number, written: string, scaled: boolean): FigureKind {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase();
  const after = text.slice(end, end + 50).toLowerCase();
  if (/^\s*(%|percent|per cent|percentage points?)/.test(after)) return 'share';
  if (/[$€£¥₹]\s*$|(?:us|a|c|nz|hk)\$\s*$|\b(?:usd|eur|gbp)\s*$/.test(before) || /^\s*(?:(?:thousand|million|billion|trillion|bn)\s+)?(dollars|euros|pounds|yuan|rupees|roubles|rubles|yen|won|pesos|reais|lira|naira|rand|francs)\b/.test(after)) return 'money';
  if (!scaled && /^\d{4}$/.test(written) && value >= 1800 && value <= 2100) return 'year';
  if (/^(?:\s+\p{L}+){0,4}?\s+(?:people\s+)?(?:are\s+|were\s+)?(?:killed|dead|died|deaths|dies|die|killing|fatalities|lives|bodies|victims)/u.test(after) || /\b(?:kill(?:s|ed|ing)?|death toll|toll (?:rises|reaches|of)|deaths of|dead|died)\b[^.;]{0,20}$/.test(before)) return 'toll';
  return 'count';
}

/** Every figure a text states, except days of the month next to a month's name and parts of names (F-35, G20, MH17). */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    const written = m[1]!;
    const isWord = /^\p{L}/u.test(written);
    // A written-out number is a figure only with a word after it ("two soldiers"), not "one of two".
    let value = isWord ? wordValue(written) : Number(written.replace(/,/g, ''));
    const scale = m[2]?.toLowerCase();
    if (scale) {
      // "m" and "k" scale only right after digits ("$5m"), never a word ("five m").
      if ((scale === 'm' || scale === 'k') && (isWord || /\s$/.test(m[0].slice(0, -scale.length)))) continue;
      value *= SCALE[scale]!;
    }
    if (!Number.isFinite(value)) continue;
    if (!isWord && !scale && Number.isInteger(value) && value <= 31) {
      if (DAY_OF_MONTH_AFTER.test(text.slice(end)) || DAY_OF_MONTH_BEFORE.test(text.slice(0, start))) continue;
    }
    // Times of day ("10:30") and scores written with a colon are excluded by the pattern; so are ordinals ("21st").
    const lead = /\b(more than|over|above|upwards of|at least|no fewer than|no less than)\s+(?:[$€£]|us\$)?$/i.exec(text.slice(Math.max(0, start - 20), start));
    const floor = lead ? (/least|fewer|less/i.test(lead[1]!) ? 'atLeast' : 'above') : undefined;
    out.push({ text: m[0], value: Math.round(value * 1e6) / 1e6, kind: kindOf(text, start, end, value, written, !!scale), ...(floor ? { floor } : {}) });
  }
  return out;
}

/** The values a text gives, for lookup: every figure, and each figure's plain number without its scale. */
export function valuesIn(text: string): Set<number> {
  const out = new Set<number>();
  // The record writes "$US18.7 billion" and "US$44 billion": the currency is not part of a name.
  for (const f of figuresIn(text.replace(/\$US|US\$|\bUS(?=\d)/g, '$ '))) out.add(f.value);
  // Days of the month and numbers inside names count as given too: a summary may state a date or a count the record
  // writes in a name ("the 2019 floods"), and a rate written without its zero (".25%").
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+/g)) out.add(Number(m[0].replace(/,/g, '')));
  return out;
}

/**
 * Whether the record's values give a figure: the same number, or for a floor ("more than 300") a number above it by
 * at most half again (the record's 350 gives "more than 300"; its 2,000 does not).
 */
export function isGiven(figure: Figure, values: ReadonlySet<number>): boolean {
  if (values.has(figure.value)) return true;
  if (!figure.floor) return false;
  for (const v of values) if ((figure.floor === 'above' ? v > figure.value : v >= figure.value) && v <= figure.value * 1.5) return true;
  return false;
}

const RISK: Record<FigureKind, number> = { toll: 0, share: 1, money: 2, count: 3, year: 4 };
export const riskOf = (kind: FigureKind) => RISK[kind];
