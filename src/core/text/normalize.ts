import { CharClass, charClass } from './chars';

/**
 * Text as the matcher should see it, and the way back to the page's own offsets. Pages write names with characters
 * that change nothing for a reader but break a match: soft hyphens (German sites hyphenate long words), zero-width
 * joiners and non-joiners, word joiners, byte-order marks, and letters decomposed into a base and combining accents
 * (NFD). Matching runs on the text with those removed and composed (NFC); each found name is mapped back so that its
 * range covers exactly the original characters, from its first visible character to its last.
 */

/** Characters with no width and no meaning inside a word: soft hyphen, ZWNJ, ZWJ, word joiner, BOM/ZWNBSP. */
const INVISIBLE = /\u00AD|\u200C|\u200D|\u2060|\uFEFF/;

function isInvisible(code: number): boolean {
  return code === 0xad || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff;
}

/** Characters that attach to the character before them: combining marks and Hangul medial and final jamo. */
function isAttached(code: number): boolean {
  return code >= 0x300 && ((code >= 0x1160 && code <= 0x11ff) || charClass(code) === CharClass.Mark);
}

export interface NormalizedText {
  /** The text to match: invisible characters removed, composed to NFC. */
  readonly text: string;
  /** Offset in the original of the character behind `text[index]` (or the original's length at the end). */
  originalStart(index: number): number;
  /** Offset in the original just past the character behind `text[index - 1]`. */
  originalEnd(index: number): number;
}

function identity(text: string): NormalizedText {
  return { text, originalStart: (i) => i, originalEnd: (i) => i };
}

/**
 * Below U+0300 every character but the soft hyphen stands alone in NFC unless a mark follows it, perhaps after an
 * invisible character: the common case, kept off the slow path.
 */
function standsAlone(original: string, i: number): boolean {
  const code = original.charCodeAt(i);
  if (code >= 0x300 || code === 0xad) return false;
  const next = original.codePointAt(i + 1);
  return next === undefined || (!isInvisible(next) && !isAttached(next));
}

export function normalizeForMatching(original: string): NormalizedText {
  if (!INVISIBLE.test(original) && original.normalize('NFC') === original) return identity(original);
  // NFC can lengthen a few characters (U+0958 becomes two), so the maps grow when they must.
  let starts = new Int32Array(original.length + 16);
  let ends = new Int32Array(original.length + 16);
  let length = 0;
  const map = (start: number, end: number) => {
    if (length === starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      ends = grow(ends);
    }
    starts[length] = start;
    ends[length] = end;
    length++;
  };
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  const flushRun = () => {
    if (i > runStart) parts.push(original.slice(runStart, i));
  };
  while (i < original.length) {
    if (standsAlone(original, i)) {
      map(i, i + 1);
      i += 1;
      continue;
    }
    flushRun();
    // A cluster is one character with the marks that attach to it; invisible characters are clusters of their own
    // that produce nothing, so a name's range never starts or ends on one.
    const clusterStart = i;
    const first = original.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    if (!isInvisible(first)) {
      let cluster = String.fromCodePoint(first);
      while (i < original.length) {
        const code = original.codePointAt(i)!;
        if (isInvisible(code)) {
          // Invisible characters between a letter and its accent: skip them and keep the accent with its letter.
          let after = i + 1;
          while (after < original.length && isInvisible(original.charCodeAt(after))) after++;
          if (after >= original.length || !isAttached(original.codePointAt(after)!)) break;
          i = after;
          continue;
        }
        if (!isAttached(code)) break;
        const width = code > 0xffff ? 2 : 1;
        cluster += original.slice(i, i + width);
        i += width;
      }
      // A lone character below U+0300 is already composed; the rest go through NFC.
      const composed = cluster.length === 1 && first < 0x300 ? cluster : cluster.normalize('NFC');
      for (let k = 0; k < composed.length; k++) map(clusterStart, i);
      parts.push(composed);
    }
    runStart = i;
  }
  flushRun();
  const text = parts.join('');
  return {
    text,
    originalStart: (index) => (index < length ? starts[index]! : original.length),
    originalEnd: (index) => (index <= 0 ? (length > 0 ? starts[0]! : 0) : ends[Math.min(index, length) - 1]!),
  };
}
