import * as chars from '../text/chars';

/**
 * Whether a run of text spells a name with the right capitals. Case is what tells "US" from "us" and "May" from
 * "may"; capitals in a headline or a dateline say nothing, so they are read as the name's own.
 */

// Module-local bindings, for the same reason as in matcher.ts: this runs for every candidate.
const { CharClass, charClass, foldKeep, foldLowerString, isWordClass } = chars;

/** Where a name starts once a capitalised "The" right before it is taken in. */
export function withArticle(text: string, start: number): number {
  let s = start;
  while (s > 0 && charClass(text.charCodeAt(s - 1)) === CharClass.Space) s--;
  if (s === start || s < 3 || text.slice(s - 3, s) !== 'The') return start;
  return s === 3 || !isWordClass(charClass(text.charCodeAt(s - 4))) ? s - 3 : start;
}

function isAllCaps(text: string, start: number, end: number): boolean {
  let upper = 0;
  for (let i = start; i < end; i++) {
    const cls = charClass(text.charCodeAt(i));
    if (cls === CharClass.Lower) return false;
    if (cls === CharClass.Upper) upper++;
  }
  return upper > 0;
}

/** The word before `start` or after `end`, in capitals too: the name sits in an all-caps headline. */
function inCapsRun(text: string, start: number, end: number): boolean {
  const wordBefore = (): [number, number] | undefined => {
    let e = start - 1;
    while (e >= 0 && e > start - 4 && !isWordClass(charClass(text.charCodeAt(e)))) e--;
    if (e < 0 || e <= start - 4) return undefined;
    let s = e;
    while (s > 0 && isWordClass(charClass(text.charCodeAt(s - 1)))) s--;
    return [s, e + 1];
  };
  const wordAfter = (): [number, number] | undefined => {
    let s = end;
    while (s < text.length && s < end + 3 && !isWordClass(charClass(text.charCodeAt(s)))) s++;
    if (s >= text.length || s >= end + 3) return undefined;
    let e = s;
    while (e < text.length && isWordClass(charClass(text.charCodeAt(e)))) e++;
    return [s, e];
  };
  for (const w of [wordBefore(), wordAfter()]) if (w && w[1] - w[0] >= 2 && isAllCaps(text, w[0], w[1])) return true;
  return false;
}

/** A dateline: the name opens the block ("SEOUL, June 4 (Yonhap) --"). */
function startsBlock(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) if (charClass(text.charCodeAt(i)) !== CharClass.Space) return false;
  return true;
}

/**
 * Same token, same case, diacritics and apostrophe variants aside. Also accepted: a capitalised form of a
 * lower-case particle ("Al-Assad" for "al-Assad"), and capitals in an all-caps headline ("PUTIN" for "Putin").
 */
export function tokenCaseMatches(text: string, start: number, end: number, token: string, multiToken: boolean): boolean {
  if (end - start !== token.length) return false;
  let exact = true;
  for (let k = 0; k < token.length; k++) {
    if (foldKeep(text.charCodeAt(start + k)) !== token.charCodeAt(k)) {
      exact = false;
      break;
    }
  }
  if (exact) return true;
  const first = token.charCodeAt(0);
  if (charClass(first) === CharClass.Lower) {
    const capitalised = String.fromCharCode(first).toUpperCase() + token.slice(1);
    let same = true;
    for (let k = 0; k < token.length && same; k++) same = foldKeep(text.charCodeAt(start + k)) === capitalised.charCodeAt(k);
    if (same) return true;
  }
  // Two capitals are an acronym or a word ("TO", "IN"), not a name written in capitals: only "US" matches "US".
  if ((!multiToken && token.length < 3) || token.length < 2 || !isAllCaps(text, start, end)) return false;
  if (foldLowerString(text, start, end) !== token.toLowerCase()) return false;
  return multiToken || inCapsRun(text, start, end) || startsBlock(text, start);
}
