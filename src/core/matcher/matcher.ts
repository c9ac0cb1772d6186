import { CharClass, LATIN, charClass, foldKeep, foldLower, foldLowerString, isWordClass } from '../text/chars';
import { MAX_SEPARATOR, nameSteps, separatorKey } from './tokenize';
import type { AliasTarget, NameEntry, RawMatch } from './types';

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

interface TrieNode {
  children: Map<string, TrieNode> | undefined;
  /** Names that end here; several spellings can share a lower-case key ("US" and "Us"). */
  variants: Variant[] | undefined;
  /** Names that end here followed by punctuation ("U.S."), keyed by that punctuation. */
  trailing: Map<string, Variant[]> | undefined;
}

const SEED = 0x811c9dc5;

function hashStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

function hashKey(key: string): number {
  let h = SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h;
}

function newNode(): TrieNode {
  return { children: undefined, variants: undefined, trailing: undefined };
}

function addVariant(list: Variant[], caseTokens: string[], target: AliasTarget): void {
  const same = list.find((v) => v.caseTokens.length === caseTokens.length && v.caseTokens.every((t, i) => t === caseTokens[i]));
  if (!same) list.push({ caseTokens, targets: [target] });
  else if (!same.targets.some((t) => t.entity === target.entity && t.kind === target.kind)) same.targets.push(target);
}

export class Matcher {
  /** First-token hash → first-token string → node. */
  private readonly roots = new Map<number, Map<string, TrieNode>>();
  /** Lower-case letters that start some name ("al-Qaeda"); any other lower-case word is skipped unhashed. */
  private readonly lowerInitials = new Set<number>();
  readonly nameCount: number;

  constructor(entries: Iterable<NameEntry>) {
    let count = 0;
    for (const entry of entries) if (this.add(entry)) count++;
    this.nameCount = count;
  }

  private add({ text, target }: NameEntry): boolean {
    const steps = nameSteps(text);
    if (!steps) return false;
    const [first, ...rest] = steps.keys;
    if (first === undefined) return false;
    const firstCase = steps.caseTokens[0]!;
    if (charClass(firstCase.charCodeAt(0)) === CharClass.Lower) this.lowerInitials.add(foldLower(firstCase.charCodeAt(0)));
    const h = hashKey(first);
    let bucket = this.roots.get(h);
    if (!bucket) this.roots.set(h, (bucket = new Map()));
    let node = bucket.get(first);
    if (!node) bucket.set(first, (node = newNode()));
    for (const key of rest) {
      node.children ??= new Map();
      let next = node.children.get(key);
      if (!next) node.children.set(key, (next = newNode()));
      node = next;
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
    return true;
  }

  /** Every name in `text`, leftmost-longest, never overlapping, in text order. */
  scan(text: string): RawMatch[] {
    const out: RawMatch[] = [];
    const n = text.length;
    const latinCls = LATIN.cls;
    const latinLower = LATIN.lower;
    let i = 0;
    while (i < n) {
      let code = text.charCodeAt(i);
      let cls = code < 256 ? latinCls[code]! : charClass(code);
      if (cls < CharClass.Lower || cls > CharClass.Mark) {
        i++;
        continue;
      }
      const start = i;
      if (cls === CharClass.Lower && !this.lowerInitials.has(code < 256 ? latinLower[code]! : foldLower(code))) {
        // Skip the word without hashing it: no name starts with this letter in lower case.
        i++;
        while (i < n) {
          code = text.charCodeAt(i);
          cls = code < 256 ? latinCls[code]! : charClass(code);
          if (cls < CharClass.Lower || cls > CharClass.Mark) break;
          i++;
        }
        continue;
      }
      let h = SEED;
      while (i < n) {
        code = text.charCodeAt(i);
        cls = code < 256 ? latinCls[code]! : charClass(code);
        if (cls < CharClass.Lower || cls > CharClass.Mark) break;
        h = Math.imul(h ^ (code < 256 ? latinLower[code]! : foldLower(code)), 0x01000193);
        i++;
      }
      const bucket = this.roots.get(h);
      if (bucket === undefined) continue;
      const node = bucket.get(foldLowerString(text, start, i));
      if (node === undefined) continue;
      const match = this.longest(text, start, i, node);
      if (match) {
        out.push(match);
        i = match.end;
      }
    }
    return out;
  }

  /** Walks the trie from a first token; returns the longest name that passes the case check. */
  private longest(text: string, start: number, firstEnd: number, firstNode: TrieNode): RawMatch | undefined {
    const tokenStarts = [start];
    const tokenEnds = [firstEnd];
    let node: TrieNode | undefined = firstNode;
    let pos = firstEnd;
    let best: RawMatch | undefined;
    const n = text.length;
    while (node) {
      const here = this.accept(text, tokenStarts, tokenEnds, node, pos);
      if (here) best = here;
      if (!node.children) break;
      let sepEnd = pos;
      while (sepEnd < n && sepEnd - pos <= MAX_SEPARATOR && !isWordClass(charClass(text.charCodeAt(sepEnd)))) sepEnd++;
      if (sepEnd === pos || sepEnd === n || sepEnd - pos > MAX_SEPARATOR) break;
      const sep = separatorKey(text, pos, sepEnd);
      if (sep === undefined) break;
      let tokenEnd = sepEnd;
      while (tokenEnd < n && isWordClass(charClass(text.charCodeAt(tokenEnd)))) tokenEnd++;
      node = node.children.get(sep + foldLowerString(text, sepEnd, tokenEnd));
      tokenStarts.push(sepEnd);
      tokenEnds.push(tokenEnd);
      pos = tokenEnd;
    }
    return best;
  }

  private accept(text: string, starts: number[], ends: number[], node: TrieNode, pos: number): RawMatch | undefined {
    const start = starts[0]!;
    let found: RawMatch | undefined;
    if (node.trailing) {
      for (const [punct, variants] of node.trailing) {
        const end = pos + punct.length;
        if (end > text.length || foldLowerString(text, pos, end) !== punct) continue;
        if (end < text.length && isWordClass(charClass(text.charCodeAt(end)))) continue;
        const targets = this.casePasses(text, starts, ends, variants);
        if (targets.length) found = { start, end, targets };
      }
    }
    if (!found && node.variants) {
      const targets = this.casePasses(text, starts, ends, node.variants);
      if (targets.length) found = { start, end: pos, targets };
    }
    return found;
  }

  private casePasses(text: string, starts: number[], ends: number[], variants: Variant[]): AliasTarget[] {
    const targets: AliasTarget[] = [];
    for (const v of variants) {
      if (v.caseTokens.length !== starts.length) continue;
      if (v.caseTokens.every((token, t) => tokenCaseMatches(text, starts[t]!, ends[t]!, token, starts.length > 1))) targets.push(...v.targets);
    }
    return targets;
  }
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

/**
 * Same token, same case, diacritics and apostrophe variants aside. Also accepted: a capitalised form of a
 * lower-case particle ("Al-Assad" for "al-Assad"), and capitals in an all-caps headline ("PUTIN" for "Putin").
 */
function tokenCaseMatches(text: string, start: number, end: number, token: string, multiToken: boolean): boolean {
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
  if (token.length < 2 || !isAllCaps(text, start, end)) return false;
  if (foldLowerString(text, start, end) !== token.toLowerCase()) return false;
  return multiToken || inCapsRun(text, start, end);
}
