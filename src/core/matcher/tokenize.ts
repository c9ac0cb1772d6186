import { CharClass, charClass, foldKeepString, foldLowerString, isWordClass } from '../text/chars';

/**
 * A name cut into the steps the matcher walks: each step is the separator before a token and the token.
 * Runs of spaces and dashes are one separator, written ' ', so "Kim Jong-un" and "Kim Jong Un" are the same key;
 * apostrophes, periods, ampersands and commas are kept ("Côte d'Ivoire", "U.S.", "AT&T", "Washington, D.C.").
 */
export interface NameSteps {
  /** Lower-case folded keys, one per step: the first is the bare token, the others `separator + token`. */
  keys: string[];
  /** The tokens with their case, folded, for the case check. */
  caseTokens: string[];
  /** Punctuation right after the last token that belongs to the name ("U.S."), or ''. */
  trailing: string;
}

/**
 * Longest run of non-word characters that can sit between two tokens of one name: generous, because a publisher's
 * HTML can break a headline's name across an indented line ("Hillary\n      Clinton").
 */
export const MAX_SEPARATOR = 64;

export function separatorKey(text: string, start: number, end: number): string | undefined {
  let punct = '';
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Space || cls === CharClass.Dash) continue;
    // A comma only joins the tokens of a name that has one ("Washington, D.C."): no other name has a step keyed by it.
    if (cls === CharClass.Apostrophe || cls === CharClass.Period || cls === CharClass.Ampersand || code === 0x2c) punct += foldLowerString(text, i, i + 1);
    else return undefined;
  }
  return punct || ' ';
}

export function nameSteps(name: string): NameSteps | undefined {
  const text = name.normalize('NFC').trim();
  const keys: string[] = [];
  const caseTokens: string[] = [];
  let i = 0;
  let sep = '';
  while (i < text.length) {
    const start = i;
    while (i < text.length && isWordClass(charClass(text.charCodeAt(i)))) i++;
    if (i === start) return undefined; // starts with punctuation: not a name we can match
    caseTokens.push(foldKeepString(text, start, i));
    keys.push(sep + foldLowerString(text, start, i));
    const sepStart = i;
    while (i < text.length && !isWordClass(charClass(text.charCodeAt(i)))) i++;
    if (i === text.length) {
      const tail = separatorKey(text, sepStart, i);
      const trailing = tail === undefined || tail === ' ' ? '' : tail;
      return { keys, caseTokens, trailing };
    }
    if (i - sepStart > MAX_SEPARATOR) return undefined;
    const key = separatorKey(text, sepStart, i);
    if (key === undefined) return undefined;
    sep = key;
  }
  return keys.length ? { keys, caseTokens, trailing: '' } : undefined;
}
