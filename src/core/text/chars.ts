import { PREBUILT_PAGES } from './char-pages';

/**
 * Character classes and folding for matching names, one UTF-16 code unit at a time so that offsets into the
 * original text never shift. Tables are built per 256-code page on first use: a page costs a few hundred regular
 * expression tests and `normalize` calls once, and pages a text never uses cost nothing. The pages every start needs
 * come ready-made (see `char-pages.ts`).
 */

export enum CharClass {
  Other = 0,
  Lower = 1,
  Upper = 2,
  /** Letters without case (CJK, Hangul, Arabic): treated like capitals, since they can start a name. */
  Caseless = 3,
  Digit = 4,
  Mark = 5,
  Space = 6,
  Dash = 7,
  Apostrophe = 8,
  Period = 9,
  Ampersand = 10,
}

/** Classes that belong to a word; everything else separates words. */
export function isWordClass(cls: number): boolean {
  return cls >= CharClass.Lower && cls <= CharClass.Mark;
}

export interface Page {
  cls: Uint8Array;
  /** Lower-case, diacritics removed, apostrophe and dash variants unified. */
  lower: Uint16Array;
  /** As `lower`, keeping case. */
  keep: Uint16Array;
}

const pages: (Page | undefined)[] = new Array(256);
const APOSTROPHES = new Set([0x27, 0x2bc, 0x2018, 0x2019, 0x201b, 0x2032, 0xb4, 0x60]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xad]);
const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const CASELESS = /\p{Lo}|\p{Lm}/u;
const DIGIT = /\p{N}/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;

function classify(ch: string, code: number): CharClass {
  if (APOSTROPHES.has(code)) return CharClass.Apostrophe;
  if (DASHES.has(code)) return CharClass.Dash;
  if (code === 0x2e) return CharClass.Period;
  if (code === 0x26) return CharClass.Ampersand;
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Other;
  if (UPPER.test(ch)) return CharClass.Upper;
  if (LOWER.test(ch)) return CharClass.Lower;
  if (CASELESS.test(ch)) return CharClass.Caseless;
  if (DIGIT.test(ch)) return CharClass.Digit;
  if (MARK.test(ch)) return CharClass.Mark;
  if (SPACE.test(ch)) return CharClass.Space;
  return CharClass.Other;
}

function foldChar(ch: string, code: number, cls: CharClass): string {
  if (cls === CharClass.Apostrophe) return "'";
  if (cls === CharClass.Dash) return '-';
  if (code < 0x80) return ch;
  // Strip diacritics: keep the base letter when decomposition gives exactly one base plus marks.
  const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
  if (base.length === 1) return base;
  const special: Record<string, string> = { ß: 's', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', æ: 'a', Æ: 'A', œ: 'o', Œ: 'O', þ: 't', ð: 'd' };
  return special[ch] ?? ch;
}

/** Page `index`'s tables, computed; `scripts/char-pages.ts` writes the ready-made ones with it. */
export function buildPage(index: number): Page {
  const cls = new Uint8Array(256);
  const lower = new Uint16Array(256);
  const keep = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    const code = index * 256 + i;
    const ch = String.fromCharCode(code);
    const c = classify(ch, code);
    cls[i] = c;
    const folded = foldChar(ch, code, c);
    keep[i] = folded.charCodeAt(0);
    const low = folded.toLowerCase();
    lower[i] = low.length === 1 ? low.charCodeAt(0) : keep[i]!;
  }
  return { cls, lower, keep };
}

/** In a ready-made page's folding, the code itself: most codes fold to themselves, and '~' only does. */
export const SAME_CODE = '~';
const SAME = SAME_CODE.charCodeAt(0);

/** A ready-made page's tables from its three strings: one character per code of the page. */
function readPage(index: number, [cls, lower, keep]: readonly [string, string, string]): Page {
  const page: Page = { cls: new Uint8Array(256), lower: new Uint16Array(256), keep: new Uint16Array(256) };
  for (let i = 0; i < 256; i++) {
    const code = index * 256 + i;
    page.cls[i] = cls.charCodeAt(i) - 0x30;
    const low = lower.charCodeAt(i);
    page.lower[i] = low === SAME ? code : low;
    const kept = keep.charCodeAt(i);
    page.keep[i] = kept === SAME ? code : kept;
  }
  return page;
}

/** The pages computed here rather than read ready-made, in order: a test holds that a starting engine computes none. */
const computed: number[] = [];

export function computedPages(): readonly number[] {
  return computed;
}

function page(code: number): Page {
  const index = code >> 8;
  const made = pages[index];
  if (made) return made;
  const ready = PREBUILT_PAGES[index];
  if (!ready) computed.push(index);
  return (pages[index] = ready ? readPage(index, ready) : buildPage(index));
}

/** The page tables for Basic Latin and Latin-1, used directly by hot loops. */
export const LATIN = page(0);

export function charClass(code: number): CharClass {
  return (code < 256 ? LATIN.cls[code] : page(code).cls[code & 255]) as CharClass;
}

export function foldLower(code: number): number {
  return code < 256 ? LATIN.lower[code]! : page(code).lower[code & 255]!;
}

export function foldKeep(code: number): number {
  return code < 256 ? LATIN.keep[code]! : page(code).keep[code & 255]!;
}

/** Plain ASCII with no backtick: folding leaves it as it is (but for case), so no character needs a table. */
// eslint-disable-next-line no-control-regex -- control characters fold to themselves too
const PLAIN = /^[\x00-\x5f\x61-\x7f]*$/;

/** `text[start, end)` lower-cased and folded. */
export function foldLowerString(text: string, start = 0, end = text.length): string {
  const part = start === 0 && end === text.length ? text : text.slice(start, end);
  if (PLAIN.test(part)) return part.toLowerCase();
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(foldLower(text.charCodeAt(i)));
  return out;
}

/** `text[start, end)` folded, case kept. */
export function foldKeepString(text: string, start = 0, end = text.length): string {
  const part = start === 0 && end === text.length ? text : text.slice(start, end);
  if (PLAIN.test(part)) return part;
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(foldKeep(text.charCodeAt(i)));
  return out;
}

// The matcher's hot loop writes these classes as literals; keep them where it expects them.
if (CharClass.Lower !== 1 || CharClass.Mark !== 5) throw new Error('CharClass values changed: update matcher.ts');
