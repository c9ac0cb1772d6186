import type { Entity } from '../dataset/types';
import type { AliasTarget, RawMatch } from '../matcher/types';
import { CharClass, charClass, foldLowerString, isWordClass } from '../text/chars';
import { GOVERNMENT_VERBS, PERSON_TITLES, PLACE_PREPOSITIONS } from './cues';

/**
 * Decides what each matched name means on this page, or that it means nothing we can vouch for. A wrong highlight
 * costs more trust than a missing one, so a name that could mean several things, or is also a common word, is
 * linked only with evidence from the page; every decision keeps its reason.
 */

export type Reason =
  | 'unambiguous name'
  | 'demonym'
  | 'seat of government'
  | 'named elsewhere on the page'
  | 'related entity on the page'
  | 'title before the name'
  | 'after the full name'
  | 'unique short form';

export type Rejection =
  | 'ambiguous, no evidence on the page'
  | 'short form, no full name on the page'
  | 'short form of another person on the page';

export interface Resolved {
  segment: number;
  start: number;
  end: number;
  /** Index into the engine's entity list. */
  entity: number;
  reason: Reason;
}

export interface Rejected {
  segment: number;
  start: number;
  end: number;
  reason: Rejection;
}

export interface ResolveInput {
  entities: readonly Entity[];
  /** Entity id → index. */
  index: ReadonlyMap<string, number>;
  /** Folded lower-case names that are also common words or other things ("may", "jordan", "nice"). */
  ambiguousNames: ReadonlySet<string>;
  /** Whether two entities are related: one's country or seat is the other, they share a country, or events. */
  related(a: number, b: number): boolean;
  /** The stricter relation that lets a bare surname stand: one's country is the other, or events together. */
  linked(a: number, b: number): boolean;
}

interface Candidate {
  segment: number;
  match: RawMatch;
  folded: string;
  targets: AliasTarget[];
}

export function resolve(input: ResolveInput, segments: readonly string[], matches: readonly RawMatch[][]): { mentions: Resolved[]; rejected: Rejected[] } {
  const candidates: Candidate[] = [];
  matches.forEach((list, segment) => {
    const text = segments[segment]!;
    for (const match of list) {
      // A full name or alias outranks a surname that happens to spell the same ("Jordan" the country, not a Mr Jordan).
      const full = match.targets.filter((t) => t.kind !== 'short');
      candidates.push({ segment, match, folded: foldLowerString(text, match.start, match.end), targets: full.length ? full : match.targets });
    }
  });

  const isStrong = (c: Candidate) =>
    !input.ambiguousNames.has(c.folded) && new Set(c.targets.map((t) => t.entity)).size === 1 && c.targets[0]!.kind !== 'short';
  const named = new Set<number>();
  for (const c of candidates) if (isStrong(c)) named.add(c.targets[0]!.entity);
  const evidence = new Set(named);
  for (const id of named) {
    const e = input.entities[id]!;
    for (const link of [e.country, e.standsFor]) {
      const i = link === undefined ? undefined : input.index.get(link);
      if (i !== undefined) evidence.add(i);
    }
  }

  const othersNamed = surnamesOfOthers(candidates, segments);
  const mentions: Resolved[] = [];
  const rejected: Rejected[] = [];
  const fullNameAt = new Map<number, number>(); // person → index of its first full-name mention in `candidates`
  candidates.forEach((c, i) => {
    if (isStrong(c) && !fullNameAt.has(c.targets[0]!.entity)) fullNameAt.set(c.targets[0]!.entity, i);
  });

  candidates.forEach((c, position) => {
    const text = segments[c.segment]!;
    const { start, end } = c.match;
    const accept = (entity: number, reason: Reason) => mentions.push({ segment: c.segment, start, end, ...seatOrSelf(input, text, start, end, entity, reason) });
    const reject = (reason: Rejection) => rejected.push({ segment: c.segment, start, end, reason });
    const entities = [...new Set(c.targets.map((t) => t.entity))];
    const kind = c.targets[0]!.kind;

    if (kind === 'short') {
      const spelled = entities.filter((e) => fullNameAt.has(e));
      if (spelled.length > 0) {
        // The person whose full name came last before this point; else the first one named on the page.
        const before = spelled.filter((e) => fullNameAt.get(e)! < position).sort((a, b) => fullNameAt.get(b)! - fullNameAt.get(a)!);
        return accept(before[0] ?? spelled[0]!, 'after the full name');
      }
      // "Robert Gates" on a page makes every "Gates" his, not Bill Gates's.
      if (othersNamed.has(c.folded)) return reject('short form of another person on the page');
      if (entities.length === 1 && !input.ambiguousNames.has(c.folded)) {
        const e = entities[0]!;
        if (hasTitleBefore(text, start)) return accept(e, 'title before the name');
        for (const other of evidence) if (other !== e && input.linked(e, other)) return accept(e, 'unique short form');
      }
      return reject('short form, no full name on the page');
    }
    if (kind === 'demonym' && entities.length === 1) return accept(entities[0]!, 'demonym');
    if (isStrong(c)) return accept(entities[0]!, 'unambiguous name');

    const titled = hasTitleBefore(text, start);
    let best: { entity: number; score: number; reason: Reason } | undefined;
    let tie = false;
    for (const e of entities) {
      const scored = evidenceFor(input, e, named, evidence, titled);
      if (!scored) continue;
      if (!best || scored.score > best.score) {
        best = { entity: e, ...scored };
        tie = false;
      } else if (scored.score === best.score) tie = true;
    }
    if (best && !tie) return accept(best.entity, best.reason);
    return reject('ambiguous, no evidence on the page');
  });
  return { mentions, rejected };
}

/**
 * Surnames that the page gives to someone not in the dataset: a short form right after a capitalised word that is
 * neither a title nor the first word of a sentence ("Robert Gates", when only Bill Gates is known).
 */
function surnamesOfOthers(candidates: readonly Candidate[], segments: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const c of candidates) {
    if (c.targets[0]!.kind !== 'short') continue;
    const text = segments[c.segment]!;
    const m = /(?:^|([.!?:"“”]\s+)|\s)(\p{Lu}[\p{L}'’-]+)\s$/u.exec(text.slice(Math.max(0, c.match.start - 40), c.match.start));
    if (!m || m[1] !== undefined || m.index === 0) continue; // no word before, or it starts a sentence or the block
    if (PERSON_TITLES.has(m[2]!.toLowerCase())) continue;
    found.add(c.folded);
  }
  return found;
}

function evidenceFor(
  input: ResolveInput,
  entity: number,
  named: ReadonlySet<number>,
  evidence: ReadonlySet<number>,
  titled: boolean,
): { score: number; reason: Reason } | undefined {
  if (named.has(entity)) return { score: 3, reason: 'named elsewhere on the page' };
  if (titled && input.entities[entity]!.type === 'person') return { score: 2, reason: 'title before the name' };
  for (const other of evidence) if (other !== entity && input.related(entity, other)) return { score: 1, reason: 'related entity on the page' };
  return undefined;
}

/** A capital or seat acting as a government ("Moscow said", "Seoul's intelligence") stands for its country. */
function seatOrSelf(input: ResolveInput, text: string, start: number, end: number, entity: number, reason: Reason): { entity: number; reason: Reason } {
  const target = input.entities[entity]!.standsFor;
  const country = target === undefined ? undefined : input.index.get(target);
  if (country === undefined) return { entity, reason };
  const before = wordBefore(text, start);
  if (before !== undefined && PLACE_PREPOSITIONS.has(before)) return { entity, reason }; // "in Moscow" is the city
  const after = text.slice(end, end + 2);
  const possessive = /^['’]s/.test(after) || /^['’](?![a-z])/i.test(after);
  const next = wordAfter(text, end);
  if (possessive || (next !== undefined && GOVERNMENT_VERBS.has(next))) return { entity: country, reason: 'seat of government' };
  return { entity, reason };
}

function hasTitleBefore(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== undefined && PERSON_TITLES.has(word);
}

function wordBefore(text: string, start: number): string | undefined {
  let e = start;
  while (e > 0 && text.charCodeAt(e - 1) === 0x20) e--;
  if (e < start - 2 || e === 0) return undefined;
  let s = e;
  while (s > 0 && (isWordClass(charClass(text.charCodeAt(s - 1))) || charClass(text.charCodeAt(s - 1)) === CharClass.Period)) s--;
  return s < e ? foldLowerString(text, s, e) : undefined;
}

function wordAfter(text: string, end: number): string | undefined {
  let s = end;
  while (s < text.length && text.charCodeAt(s) === 0x20) s++;
  if (s > end + 2) return undefined;
  let e = s;
  while (e < text.length && isWordClass(charClass(text.charCodeAt(e)))) e++;
  return e > s ? foldLowerString(text, s, e) : undefined;
}
