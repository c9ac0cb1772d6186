import AhoCorasick from 'modern-ahocorasick';
import { CharClass, LATIN } from '../src/core/text/chars';
import { Matcher } from '../src/core/matcher/matcher';
import type { NameEntry } from '../src/core/matcher/types';

/** The ways of finding names in text that `npm run bench` races, each built from the same list of names. */
export interface Contender {
  name: string;
  /** Builds the structure; returns the scan. */
  build(names: readonly NameEntry[]): (text: string) => number;
  /** Largest text it is run on, in bytes (one RegExp per name and a quadratic package would take hours on more). */
  maxBytes: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const unique = (names: readonly NameEntry[]) => [...new Set(names.map((n) => n.text))];

export const CONTENDERS: Contender[] = [
  {
    name: 'bare pass (the limit)',
    maxBytes: Infinity,
    build: () => (text) => {
      // What any scanner must do at least: read every code unit and look up its class.
      const cls = LATIN.cls;
      let words = 0;
      let inWord = false;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const k = c < 256 ? cls[c]! : CharClass.Lower;
        const w = k >= CharClass.Lower && k <= CharClass.Mark;
        if (w && !inWord) words++;
        inWord = w;
      }
      return words;
    },
  },
  {
    name: 'Backstory matcher',
    maxBytes: Infinity,
    build: (names) => {
      const m = Matcher.fromNames(names);
      return (text) => m.scan(text).length;
    },
  },
  {
    name: 'one alternation RegExp',
    maxBytes: Infinity,
    build: (names) => {
      const alternation = unique(names).sort((a, b) => b.length - a.length).map(escape).join('|');
      const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
      return (text) => text.match(re)?.length ?? 0;
    },
  },
  {
    name: 'one RegExp per name',
    maxBytes: 16 * 1024,
    build: (names) => {
      const res = unique(names).map((n) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(n)}(?![\\p{L}\\p{N}])`, 'gu'));
      return (text) => res.reduce((count, re) => count + (text.match(re)?.length ?? 0), 0);
    },
  },
  {
    name: 'modern-ahocorasick',
    maxBytes: 16 * 1024,
    build: (names) => {
      const ac = new AhoCorasick(unique(names), { boundary: 'unicode' });
      return (text) => ac.search(text, { strategy: 'leftmost-longest' }).length;
    },
  },
];
