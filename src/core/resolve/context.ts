import * as chars from '../text/chars';

/**
 * The words around a name, read in a bounded window: every look at the context costs the same whatever the length of
 * the block, so resolving stays linear in the text.
 */

// Module-local bindings, as in the matcher: an imported name is a getter under Node's CommonJS interop, called per character.
const { CharClass, charClass, foldLowerString, isWordClass } = chars;

/** How far a look at a neighbouring word reaches. */
const WINDOW = 48;

export interface Word {
  start: number;
  end: number;
  /** Folded lower-case, trailing period kept ("gen.", "u.s."). */
  folded: string;
  /** Begins with a capital or a caseless letter. */
  capitalised: boolean;
  /** An initial: one capital and a period ("E."). */
  initial: boolean;
  /** Nothing but a sentence end, an opening quote or the start of the block before it. */
  opensSentence: boolean;
  /** Joined to the name by a hyphen ("Bristol-Myers"). */
  hyphen: boolean;
}

/** Characters after which a word opens a sentence: . ! ? : ; quotes, brackets, dashes, bullets, bars. */
const SENTENCE_BREAKS = new Set([...'.!?:;"“”‘([—–•|'].map((c) => c.charCodeAt(0)));

function isNamePart(code: number): boolean {
  const cls = charClass(code);
  return isWordClass(cls) || cls === CharClass.Apostrophe || cls === CharClass.Period || cls === CharClass.Ampersand;
}

/** Letters and digits in `text[start, end)`, periods and apostrophes left out. */
function letterCount(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isWordClass(charClass(text.charCodeAt(i)))) n++;
  return n;
}

function wordAt(text: string, start: number, end: number, hyphen: boolean): Word {
  const cls = charClass(text.charCodeAt(start));
  let b = start;
  while (b > 0 && b > start - 4 && charClass(text.charCodeAt(b - 1)) === CharClass.Space) b--;
  return {
    start,
    end,
    folded: foldLowerString(text, start, end),
    capitalised: cls === CharClass.Upper || cls === CharClass.Caseless,
    initial: cls === CharClass.Upper && text.charCodeAt(end - 1) === 0x2e && letterCount(text, start, end) === 1,
    opensSentence: b === 0 || SENTENCE_BREAKS.has(text.charCodeAt(b - 1)),
    hyphen,
  };
}

/** The word right before `start`, past one or two spaces or a hyphen; none across other punctuation. */
export function previousWord(text: string, start: number): Word | undefined {
  let e = start;
  let hyphen = false;
  if (e > 0 && charClass(text.charCodeAt(e - 1)) === CharClass.Dash && e > 1 && isNamePart(text.charCodeAt(e - 2))) {
    e--;
    hyphen = true;
  } else {
    while (e > 0 && e > start - 2 && charClass(text.charCodeAt(e - 1)) === CharClass.Space) e--;
    if (e === start) return undefined;
  }
  let s = e;
  while (s > 0 && s > e - WINDOW && isNamePart(text.charCodeAt(s - 1))) s--;
  // Leading quotes and periods are punctuation, not the word.
  while (s < e && !isWordClass(charClass(text.charCodeAt(s)))) s++;
  if (s === e) return undefined;
  // "in Amman. Jordan will": a word of more than three letters before a full stop ends a sentence.
  if (charClass(text.charCodeAt(e - 1)) === CharClass.Period && letterCount(text, s, e) > 3) return undefined;
  return wordAt(text, s, e, hyphen);
}

/** The word right after `end`, past one or two spaces or a hyphen; none across other punctuation. */
export function nextWord(text: string, end: number): Word | undefined {
  let s = end;
  let hyphen = false;
  if (s < text.length && charClass(text.charCodeAt(s)) === CharClass.Dash && s + 1 < text.length && isWordClass(charClass(text.charCodeAt(s + 1)))) {
    s++;
    hyphen = true;
  } else {
    while (s < text.length && s < end + 2 && charClass(text.charCodeAt(s)) === CharClass.Space) s++;
    if (s === end) return undefined;
  }
  if (s >= text.length || !isWordClass(charClass(text.charCodeAt(s)))) return undefined;
  let e = s;
  while (e < text.length && e < s + WINDOW && isNamePart(text.charCodeAt(e))) e++;
  // A sentence's full stop is not part of the word.
  while (e > s + 1 && charClass(text.charCodeAt(e - 1)) === CharClass.Period && !isAbbreviation(text, s, e)) e--;
  return wordAt(text, s, e, hyphen);
}

/** Capitals each followed by a period ("U.S.", "D."). */
function isAbbreviation(text: string, start: number, end: number): boolean {
  if ((end - start) % 2 !== 0) return false;
  for (let i = start; i < end; i += 2) {
    if (charClass(text.charCodeAt(i)) !== CharClass.Upper || text.charCodeAt(i + 1) !== 0x2e) return false;
  }
  return true;
}

/** The lower-case word before `start` past spaces, with no punctuation between ("in", "with"); for cues. */
export function wordBefore(text: string, start: number): string | undefined {
  let e = start;
  while (e > 0 && e > start - 3 && charClass(text.charCodeAt(e - 1)) === CharClass.Space) e--;
  if (e === start && start > 0 && isWordClass(charClass(text.charCodeAt(start - 1)))) return undefined;
  if (e === 0) return undefined;
  let s = e;
  while (s > 0 && s > e - WINDOW && (isWordClass(charClass(text.charCodeAt(s - 1))) || charClass(text.charCodeAt(s - 1)) === CharClass.Period)) s--;
  return s < e ? foldLowerString(text, s, e) : undefined;
}

/** The lower-case word after `end` past spaces, with no punctuation between ("said", "mayor"); for cues. */
export function wordAfter(text: string, end: number): string | undefined {
  let s = end;
  while (s < text.length && s < end + 3 && charClass(text.charCodeAt(s)) === CharClass.Space) s++;
  let e = s;
  while (e < text.length && e < s + WINDOW && isWordClass(charClass(text.charCodeAt(e)))) e++;
  return e > s ? foldLowerString(text, s, e) : undefined;
}

/** Small words that title case leaves in lower case. */
export const TITLE_CASE_SMALL = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'on', 'at', 'to', 'by', 'of', 'in', 'up', 'as', 'vs', 'via', 'per', 'off', 'out', 'with', 'from', 'into', 'over', 'amid', 'says', 'is']);

/**
 * A block in title case or capitals (a headline, a list of names, a menu): no word starts lower-case but the small
 * words title case leaves so. Capitals there say nothing about names. Read once per block.
 */
export function isTitleCase(text: string): boolean {
  let words = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const cls = charClass(text.charCodeAt(i));
    if (!isWordClass(cls) || cls === CharClass.Digit) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordClass(charClass(text.charCodeAt(i)))) i++;
    words++;
    if (cls === CharClass.Lower && (i - start > 4 || !TITLE_CASE_SMALL.has(foldLowerString(text, start, i)))) return false;
  }
  return words >= 3;
}

/** The lower-case words of a block, once, for cues that hold for the whole block (a sports report). */
export function hasWordOf(text: string, words: ReadonlySet<string>): boolean {
  return distinctWordsOf(text, words, 1);
}

/** Whether a block holds at least `atLeast` different words of the set, read once. */
export function distinctWordsOf(text: string, words: ReadonlySet<string>, atLeast: number): boolean {
  const seen = new Set<string>();
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (!isWordClass(charClass(text.charCodeAt(i)))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (isWordClass(charClass(text.charCodeAt(i))) || (charClass(text.charCodeAt(i)) === CharClass.Dash && i + 1 < n && isWordClass(charClass(text.charCodeAt(i + 1)))))) i++;
    if (i - start > 16) continue;
    const word = foldLowerString(text, start, i);
    if (words.has(word)) {
      seen.add(word);
      if (seen.size >= atLeast) return true;
    }
  }
  return false;
}
