import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { furnitureMarks } from '../../src/extract/article';

/**
 * The furniture words are looked up word by word (`furnitureMarks`) instead of with the one regular expression the
 * reading used before; this is that expression, kept here to hold the lookup to it: the same answer on every string.
 */
const BEFORE = /(^|[\s_-])(share|sharing|social|follow|related|recommend|comments?|promo|advert|advertisement|ads?|newsletter|subscribe|signup|paywall|outbrain|taboola|breadcrumbs?|tags|more-stories|read-more|most-read|trending|sidebar|menu|dropdown|toolbar|player|vjs|jw|video-js|modal|popover)([\s_-]|$)/i;

const WORDS = ['share', 'sharing', 'social', 'follow', 'related', 'recommend', 'comment', 'comments', 'promo', 'advert', 'advertisement', 'ad', 'ads', 'adss', 'newsletter', 'subscribe', 'signup', 'paywall', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'tags', 'tag', 'more', 'stories', 'read', 'most', 'trending', 'sidebar', 'menu', 'menus', 'dropdown', 'toolbar', 'player', 'vjs', 'jw', 'video', 'js', 'modal', 'popover', 'article', 'body', 'x', ''];
const SEPARATORS = [' ', '_', '-', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2003', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '.', ':', '/', '', '--', '-_'];
/** Characters that case-folding or lower-casing treats specially (Kelvin sign, dotted and dotless I, long s, Å sign). */
const ODD = ['\u212a', '\u0130', '\u0131', '\u017f', '\u212b', 'İ', 'ß', 'ǅ'];

const caseOf = fc.constantFrom<(w: string) => string>((w) => w, (w) => w.toUpperCase(), (w) => w.charAt(0).toUpperCase() + w.slice(1));
const word = fc.oneof(
  fc.tuple(fc.constantFrom(...WORDS), caseOf).map(([w, c]) => c(w)),
  fc.tuple(fc.constantFrom(...WORDS), fc.nat(), fc.constantFrom(...ODD)).map(([w, at, odd]) => w.slice(0, at % (w.length + 1)) + odd + w.slice(at % (w.length + 1))),
  fc.string({ maxLength: 4 }),
);
const marks = fc.array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { maxLength: 6 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('furniture marks', () => {
  it('answers as the regular expression did, on class and id strings of furniture words, separators and odd letters', () => {
    fc.assert(
      fc.property(marks, (m) => {
        expect(furnitureMarks(m)).toBe(BEFORE.test(m));
      }),
      { numRuns: 20_000, seed: 24 },
    );
  });

  it('splits words where the expression did, at every character', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      for (const m of [`share${c}x`, `x${c}share`, `more-${c}stories`, `most${c}read`]) {
        if (furnitureMarks(m) !== BEFORE.test(m)) expect.fail(`U+${code.toString(16)} in ${JSON.stringify(m)}`);
      }
    }
  });

  it('on examples', () => {
    for (const m of ['share-bar', 'article-body', 'MOST-READ', 'most_read', 'more-stories', 'more--stories', 'read-more x', 'social\u00a0links', 'ad', 'adx', 'video-js', 'video_js', 'vjs-tech', 'comments-count', '', ' ', 'sidebar']) {
      expect(furnitureMarks(m), m).toBe(BEFORE.test(m));
    }
  });
});
