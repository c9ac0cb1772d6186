import * as chars from '../text/chars';
import * as caseRules from './case';
import * as tokenize from './tokenize';
import type { NameSteps } from './tokenize';
import type { AliasKind, AliasTarget, NameEntry, RawMatch } from './types';

/**
 * Whole-word, case-aware, leftmost-longest matching of many names over text.
 *
 * The scan walks the text once. Each word is hashed while it is skipped; only a word whose hash starts some name is
 * turned into a string and walked down a token trie. Most words of news text start lower-case and no name starts
 * with them, so they are skipped without a hash (see docs/adr/0003-matcher.md).
 */

interface Variant {
  caseTokens: string[];
  targets: AliasTarget[];
}

interface RootEntry {
  token: string;
  node: TrieNode;
}

interface TrieNode {
  /** Some one-token name ending here began with "The": worth looking back for it. */
  article: boolean;
  /** Next steps, by the hash of their key (`separator + token`); several keys may share a hash. */
  children: Map<number, RootEntry[]> | undefined;
  /** Names that end here; several spellings can share a lower-case key ("US" and "Us"). */
  variants: Variant[] | undefined;
  /** Names that end here followed by punctuation ("U.S."), keyed by that punctuation. */
  trailing: Map<string, Variant[]> | undefined;
}

// The hot loop uses module-local bindings: under Node's CommonJS interop every imported name is a getter, called per
// character, and an imported enum a property load; bound here once, they cost nothing (measured: 3× the scan speed).
const { CharClass, LATIN, charClass, foldLower, foldLowerString, isWordClass } = chars;
type CharClass = chars.CharClass;
const { MAX_SEPARATOR, nameSteps, separatorKey } = tokenize;
const { tokenCaseMatches, withArticle } = caseRules;
const SPACE = 6; // CharClass.Space
const DASH = 7; // CharClass.Dash
const LOWER = 1; // CharClass.Lower
const WORD_FIRST = 1; // CharClass.Lower
const WORD_LAST = 5; // CharClass.Mark
const SEED = 0x811c9dc5;
/** Longest name, in tokens, the matcher follows ("Democratic People's Republic of Korea" is six). */
const MAX_TOKENS = 24;
const FIRST_BITS = 1 << 20;

function bigram(a: number, b: number): number {
  return ((a & 0xff) << 8) | (b & 0xff);
}

function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

function hashKey(key: string): number {
  let h = SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h;
}

/**
 * A name as the build compiles it, so the service worker need not tokenize thousands of names at start-up:
 * [keys joined by '|', case tokens joined by '|', trailing punctuation, entity index, kind, article (0/1), key hashes].
 * The hashes may be left out (the build's file does, since parsing thousands of numbers costs a starting worker more
 * than hashing the keys again); the matcher then computes them.
 */
export type CompiledName = [string, string, string, number, number, number, number[]?];

/**
 * Never part of a key or a case token (word characters, and between tokens only ' ', "'", '.', '&' or ','), and plain
 * ASCII: JSON writes it as one character, where U+0001 took a six-character escape 28,784 times in the build's file.
 */
const SEP = '|';
const KINDS: readonly AliasKind[] = ['name', 'alias', 'short', 'demonym'];

/** Compiles names for the `{ compiled }` form of the constructor. */
export function compileNames(entries: Iterable<NameEntry>): CompiledName[] {
  const out: CompiledName[] = [];
  for (const { text, target } of entries) {
    const steps = nameSteps(text);
    if (!steps || steps.keys.length > MAX_TOKENS) continue;
    out.push([steps.keys.join(SEP), steps.caseTokens.join(SEP), steps.trailing, target.entity, KINDS.indexOf(target.kind), target.article ? 1 : 0, steps.keys.map(hashKey)]);
  }
  return out;
}

function newNode(): TrieNode {
  return { article: false, children: undefined, variants: undefined, trailing: undefined };
}

function findOrAdd(list: RootEntry[], token: string): TrieNode {
  const found = list.find((e) => e.token === token);
  if (found) return found.node;
  const node = newNode();
  list.push({ token, node });
  return node;
}

function addVariant(list: Variant[], caseTokens: string[], target: AliasTarget): void {
  const same = list.find((v) => v.caseTokens.length === caseTokens.length && v.caseTokens.every((t, i) => t === caseTokens[i]));
  if (!same) list.push({ caseTokens, targets: [target] });
  else if (!same.targets.some((t) => t.entity === target.entity && t.kind === target.kind)) same.targets.push(target);
}

/** Adds a name's trie path under its first token's entry in `bucket`. */
function insert(bucket: RootEntry[], steps: NameSteps, target: AliasTarget, hashes: readonly number[]): void {
  const keys = steps.keys;
  let node: TrieNode = findOrAdd(bucket, keys[0]!);
  for (let k = 1; k < keys.length; k++) {
    node.children ??= new Map();
    const hk = hashes[k]!;
    let list = node.children.get(hk);
    if (!list) node.children.set(hk, (list = []));
    node = findOrAdd(list, keys[k]!);
  }
  if (steps.trailing) {
    node.trailing ??= new Map();
    let list = node.trailing.get(steps.trailing);
    if (!list) node.trailing.set(steps.trailing, (list = []));
    addVariant(list, steps.caseTokens, target);
  } else {
    node.variants ??= [];
    addVariant(node.variants, steps.caseTokens, target);
  }
  if (target.article) node.article = true;
}

export class Matcher {
  /**
   * First-token hash → its bucket, as an open-addressing table of typed arrays, which the scan probes faster than a
   * Map. A bucket holds the first tokens with that hash (nearly always one) and their trie nodes.
   */
  private rootKeys = new Int32Array(0);
  private rootSlots = new Int32Array(0);
  /**
   * Each bucket's tries, made from its names the first time the scan reaches it: a starting worker reads only each
   * name's first token, and most names' tries are never walked in a worker's life (see docs/adr/0021).
   */
  private rootLists: (RootEntry[] | undefined)[] = [];
  /** The names of bucket b, in the order given: `bucketFirst[b]`, then `nextInBucket` until -1. */
  private bucketFirst = new Int32Array(0);
  private readonly nextInBucket: Int32Array;
  private readonly compiled: readonly CompiledName[];
  /**
   * Lower-case first tokens of names ("al-Sharaa", "von der Leyen"), by their first two letters and length: any other
   * lower-case word, most of a news text, is skipped without being hashed.
   */
  private readonly lowerStarts = new Uint16Array(65536);
  /** The same for every first token, whatever its case: a capitalised word of no such shape is skipped unhashed. */
  private readonly anyStarts = new Uint16Array(65536);
  /** A bit per first-token hash (a Bloom filter of one hash): most capitalised words miss it and skip the map. */
  private readonly firstBits = new Int32Array(FIRST_BITS >>> 5);
  readonly nameCount: number;
  private readonly starts = new Int32Array(MAX_TOKENS);
  private readonly ends = new Int32Array(MAX_TOKENS);

  /** From names compiled by `compileNames`, at build time or here: a service worker need not tokenize at start-up. */
  constructor(compiled: readonly CompiledName[]) {
    this.compiled = compiled;
    this.nameCount = compiled.length;
    const n = compiled.length;
    const firstHashes = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const c = compiled[i]!;
      const keys = c[0];
      const cut = keys.indexOf(SEP);
      const first = cut < 0 ? keys : keys.slice(0, cut);
      const h = c[6]?.[0] ?? hashKey(first);
      firstHashes[i] = h;
      const shape = bigram(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0);
      const lengthBit = 1 << Math.min(first.length, 15);
      if (charClass(c[1].charCodeAt(0)) === CharClass.Lower) this.lowerStarts[shape]! |= lengthBit;
      this.anyStarts[shape]! |= lengthBit;
      this.firstBits[(h >>> 5) & ((FIRST_BITS >>> 5) - 1)]! |= 1 << (h & 31);
    }
    this.nextInBucket = new Int32Array(n).fill(-1);
    this.buildRootTable(firstHashes);
  }

  static fromNames(entries: Iterable<NameEntry>): Matcher {
    return new Matcher(compileNames(entries));
  }

  /** Groups the names by first-token hash into the probe table; their tries wait for the scan (`rootsOf`). */
  private buildRootTable(firstHashes: Int32Array): void {
    const n = firstHashes.length;
    let size = 16;
    while (size < n * 2) size <<= 1;
    const mask = size - 1;
    const keys = new Int32Array(size);
    const slots = new Int32Array(size); // bucket index + 1; 0 is empty
    const first: number[] = [];
    const last: number[] = [];
    for (let i = 0; i < n; i++) {
      const h = firstHashes[i]!;
      let at = h & mask;
      while (slots[at] !== 0 && keys[at] !== h) at = (at + 1) & mask;
      if (slots[at] === 0) {
        keys[at] = h;
        slots[at] = first.push(i);
        last.push(i);
      } else {
        const b = slots[at]! - 1;
        this.nextInBucket[last[b]!] = i;
        last[b] = i;
      }
    }
    this.rootKeys = keys;
    this.rootSlots = slots;
    this.bucketFirst = Int32Array.from(first);
    this.rootLists = new Array<RootEntry[] | undefined>(first.length).fill(undefined);
  }

  private rootsOf(h: number): RootEntry[] | undefined {
    const keys = this.rootKeys;
    const slots = this.rootSlots;
    const mask = keys.length - 1;
    for (let at = h & mask; ; at = (at + 1) & mask) {
      const slot = slots[at]!;
      if (slot === 0) return undefined;
      if (keys[at] === h) return this.rootLists[slot - 1] ?? this.buildBucket(slot - 1);
    }
  }

  /** The tries of one bucket's names, inserted in the order given, as building them all at once would. */
  private buildBucket(b: number): RootEntry[] {
    const bucket: RootEntry[] = [];
    for (let i = this.bucketFirst[b]!; i >= 0; i = this.nextInBucket[i]!) {
      const c = this.compiled[i]!;
      const steps: NameSteps = { keys: c[0].split(SEP), caseTokens: c[1].split(SEP), trailing: c[2] };
      const target: AliasTarget = c[5] ? { entity: c[3], kind: KINDS[c[4]]!, article: true } : { entity: c[3], kind: KINDS[c[4]]! };
      insert(bucket, steps, target, c[6] ?? steps.keys.map(hashKey));
    }
    this.rootLists[b] = bucket;
    return bucket;
  }

  /** Every name in `text`, leftmost-longest, never overlapping, in text order. */
  scan(text: string): RawMatch[] {
    const out: RawMatch[] = [];
    const n = text.length;
    const latinCls = LATIN.cls;
    const latinLower = LATIN.lower;
    const lowerStarts = this.lowerStarts;
    const anyStarts = this.anyStarts;
    const firstBits = this.firstBits;
    const bitsMask = (FIRST_BITS >>> 5) - 1;
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      let cls = code < 256 ? latinCls[code]! : charClass(code);
      if (cls < WORD_FIRST || cls > WORD_LAST) {
        i++;
        continue;
      }
      const start = i;
      // Skip the word without hashing it unless some name starts with a word of its first letters and length; a
      // lower-case word only if some name starts in lower case ("al-Sharaa"), as most words of a text do.
      const shapes = cls === LOWER ? lowerStarts : anyStarts;
      const first = code < 256 ? latinLower[code]! : foldLower(code);
      i++;
      while (i < n) {
        code = text.charCodeAt(i);
        cls = code < 256 ? latinCls[code]! : charClass(code);
        if (cls < WORD_FIRST || cls > WORD_LAST) break;
        i++;
      }
      const second = i - start > 1 ? foldLower(text.charCodeAt(start + 1)) : 0;
      if ((shapes[((first & 0xff) << 8) | (second & 0xff)]! & (1 << Math.min(i - start, 15))) === 0) continue;
      let h = SEED;
      for (let k = start; k < i; k++) {
        const c = text.charCodeAt(k);
        h = Math.imul(h ^ (c < 256 ? latinLower[c]! : foldLower(c)), 0x01000193);
      }
      if ((firstBits[(h >>> 5) & bitsMask]! & (1 << (h & 31))) === 0) continue;
      const bucket = this.rootsOf(h);
      if (bucket === undefined) continue;
      const node = findRoot(bucket, text, start, i);
      if (node === undefined) continue;
      const match = node.children === undefined && node.trailing === undefined ? this.single(text, start, i, node) : this.longest(text, start, i, node);
      if (match) {
        // Names that began with "The" ("The Hague") take it back in; only a match that may hold one looks.
        if ((node.article || match.end > i) && match.targets.some((t) => t.article)) match.start = withArticle(text, match.start);
        out.push(match);
        i = match.end;
      }
    }
    return out;
  }

  /** The common case: a one-token name that nothing longer starts with. */
  private single(text: string, start: number, end: number, node: TrieNode): RawMatch | undefined {
    const variants = node.variants!;
    if (variants.length === 1) {
      const v = variants[0]!;
      return tokenCaseMatches(text, start, end, v.caseTokens[0]!, false) ? { start, end, targets: v.targets } : undefined;
    }
    this.starts[0] = start;
    this.ends[0] = end;
    const targets = this.casePasses(text, this.starts, this.ends, 1, variants);
    return targets.length ? { start, end, targets } : undefined;
  }

  /** Walks the trie from a first token; returns the longest name that passes the case check. */
  private longest(text: string, start: number, firstEnd: number, firstNode: TrieNode): RawMatch | undefined {
    // Token bounds of the walk so far, in buffers reused across calls: this path runs for every "The" and "United".
    const tokenStarts = this.starts;
    const tokenEnds = this.ends;
    tokenStarts[0] = start;
    tokenEnds[0] = firstEnd;
    let count = 1;
    let node: TrieNode | undefined = firstNode;
    let pos = firstEnd;
    let best: RawMatch | undefined;
    const n = text.length;
    while (node) {
      if (node.variants || node.trailing) {
        const here = this.accept(text, tokenStarts, tokenEnds, count, node, pos);
        if (here) best = here;
      }
      if (!node.children) break;
      let sepEnd = pos;
      let blank = true; // only spaces and dashes: the separator is ' ' without building it
      while (sepEnd < n && sepEnd - pos <= MAX_SEPARATOR) {
        const cls = charClass(text.charCodeAt(sepEnd));
        if (cls >= WORD_FIRST && cls <= WORD_LAST) break;
        if (cls !== SPACE && cls !== DASH) blank = false;
        sepEnd++;
      }
      if (sepEnd === pos || sepEnd === n || sepEnd - pos > MAX_SEPARATOR) break;
      const sep = blank ? ' ' : separatorKey(text, pos, sepEnd);
      if (sep === undefined) break;
      // Hash `sep + token` in place: no string is built unless a step of some name matches.
      let h = SEED;
      for (let k = 0; k < sep.length; k++) h = Math.imul(h ^ sep.charCodeAt(k), 0x01000193);
      let tokenEnd = sepEnd;
      while (tokenEnd < n) {
        const code = text.charCodeAt(tokenEnd);
        if (!isWordClass(charClass(code))) break;
        h = Math.imul(h ^ foldLower(code), 0x01000193);
        tokenEnd++;
      }
      const list = node.children.get(h);
      node = list === undefined ? undefined : findStep(list, sep, text, sepEnd, tokenEnd);
      if (count === MAX_TOKENS) break;
      tokenStarts[count] = sepEnd;
      tokenEnds[count] = tokenEnd;
      count++;
      pos = tokenEnd;
    }
    return best;
  }

  private accept(text: string, starts: Int32Array, ends: Int32Array, count: number, node: TrieNode, pos: number): RawMatch | undefined {
    const start = starts[0]!;
    let found: RawMatch | undefined;
    if (node.trailing) {
      for (const [punct, variants] of node.trailing) {
        const end = pos + punct.length;
        if (end > text.length || foldLowerString(text, pos, end) !== punct) continue;
        if (end < text.length && isWordClass(charClass(text.charCodeAt(end)))) continue;
        const targets = this.casePasses(text, starts, ends, count, variants);
        if (targets.length) found = { start, end, targets };
      }
    }
    if (!found && node.variants) {
      const targets = this.casePasses(text, starts, ends, count, node.variants);
      if (targets.length) found = { start, end: pos, targets };
    }
    return found;
  }

  private casePasses(text: string, starts: Int32Array, ends: Int32Array, count: number, variants: Variant[]): AliasTarget[] {
    let targets: AliasTarget[] | undefined;
    const multi = count > 1;
    for (const v of variants) {
      if (v.caseTokens.length !== count) continue;
      let passes = true;
      for (let t = 0; t < count && passes; t++) passes = tokenCaseMatches(text, starts[t]!, ends[t]!, v.caseTokens[t]!, multi);
      if (!passes) continue;
      // One spelling passing is the common case: hand back its list as it is, copying only to merge several.
      targets = targets === undefined ? v.targets : [...targets, ...v.targets];
    }
    return targets ?? NO_TARGETS;
  }
}

const NO_TARGETS: AliasTarget[] = [];

/** The entry whose token spells `text[start, end)`, compared in place: no string is built for a lookup. */
function findRoot(bucket: RootEntry[], text: string, start: number, end: number): TrieNode | undefined {
  const length = end - start;
  for (const entry of bucket) {
    const token = entry.token;
    if (token.length !== length) continue;
    let k = 0;
    while (k < length && foldLower(text.charCodeAt(start + k)) === token.charCodeAt(k)) k++;
    if (k === length) return entry.node;
  }
  return undefined;
}

/** The step whose key is `sep` followed by the folded `text[start, end)`. */
function findStep(list: RootEntry[], sep: string, text: string, start: number, end: number): TrieNode | undefined {
  const length = sep.length + end - start;
  for (const entry of list) {
    const key = entry.token;
    if (key.length !== length || !key.startsWith(sep)) continue;
    let k = 0;
    while (k < end - start && foldLower(text.charCodeAt(start + k)) === key.charCodeAt(sep.length + k)) k++;
    if (k === end - start) return entry.node;
  }
  return undefined;
}

