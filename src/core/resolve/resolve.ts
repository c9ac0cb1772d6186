import type { Entity } from '../dataset/types';
import type { AliasTarget, RawMatch } from '../matcher/types';
import { CharClass, charClass, foldLowerString, isWordClass } from '../text/chars';
import { CITY_NOUNS, GOVERNMENT_NOUNS, PERSON_TITLES, PLACE_PREPOSITIONS } from './cues';

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
  /** How well known an entity is (its number of events): breaks a tie between namesakes. */
  prominence(entity: number): number;
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
      // "Kim" in "Kim Kardashian", "Gates" in "Robert Gates": part of someone else's full name.
      if (partOfOtherName(text, start, end)) return reject('short form of another person on the page');
      const ambiguous = input.ambiguousNames.has(c.folded);
      // "in May" is the month even on a page about Theresa May.
      if (ambiguous && isAfterTimePreposition(text, start)) return reject('ambiguous, no evidence on the page');
      const spelled = entities.filter((e) => fullNameAt.has(e));
      if (spelled.length > 0) {
        // The person whose full name came last before this point; else the first one named on the page.
        const before = spelled.filter((e) => fullNameAt.get(e)! < position).sort((a, b) => fullNameAt.get(b)! - fullNameAt.get(a)!);
        return accept(before[0] ?? spelled[0]!, 'after the full name');
      }
      if (othersNamed.has(c.folded)) return reject('short form of another person on the page');
      if (!ambiguous) {
        // "Trump" is Donald Trump even though Melania and Ivanka share the name: the news means the one it covers most.
        const dominant = dominantOf(input, entities);
        if (dominant !== undefined) return accept(dominant, 'unique short form');
      }
      if (hasTitleBefore(text, start)) {
        // "Former President Obama": of the people who go by this name, the one the page links to, else the best known.
        const linked = entities.filter((e) => [...evidence].some((o) => o !== e && input.linked(e, o)));
        const pool = linked.length ? linked : entities;
        const [best, next] = [...pool].sort((a, b) => input.prominence(b) - input.prominence(a));
        if (next === undefined || input.prominence(best!) > input.prominence(next)) return accept(best!, 'title before the name');
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
    if (c.targets[0]!.kind === 'short' && partOfOtherName(segments[c.segment]!, c.match.start, c.match.end)) found.add(c.folded);
  }
  return found;
}

/** Of namesakes, the one with several times the coverage of any other; the only one, when there is one. */
function dominantOf(input: ResolveInput, entities: readonly number[]): number | undefined {
  if (entities.length === 1) return entities[0];
  const ranked = [...entities].sort((a, b) => input.prominence(b) - input.prominence(a));
  const [first, second] = [input.prominence(ranked[0]!), input.prominence(ranked[1]!)];
  return first >= 5 && first >= 3 * second ? ranked[0] : undefined;
}

const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'early', 'late', 'mid', 'from', 'through', 'last', 'next', 'this', 'of']);

function isAfterTimePreposition(text: string, start: number): boolean {
  const before = wordBefore(text, start);
  return before !== undefined && TIME_PREPOSITIONS.has(before);
}

/** A headline in title case (no word of four letters or more starts lower-case), where capitals say nothing. */
function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && !words.some((w) => w.length >= 4 && /^\p{Ll}/u.test(w));
}

/** A short form directly next to a capitalised word that is no title: one word of a full name we do not know. */
function partOfOtherName(text: string, start: number, end: number): boolean {
  if (isTitleCase(text)) return false;
  const before = /(?:^|(\S*)\s)(\p{Lu}[\p{L}'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before && before.index > 0 && !/[.!?:"“”]$/.test(before[1] ?? '.') && !PERSON_TITLES.has(before[2]!.toLowerCase())) return true;
  const after = /^ (\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(end, end + 40));
  return after !== null;
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

/**
 * A capital or seat stands for its government ("Moscow said", "talks with Pyongyang", "Seoul's intelligence",
 * "the Kremlin") unless the words around it make it the place: a preposition of place before it ("in Moscow"), a
 * city noun after it ("Kyiv's mayor"), or a dateline ("SEOUL, June 4").
 */
function seatOrSelf(input: ResolveInput, text: string, start: number, end: number, entity: number, reason: Reason): { entity: number; reason: Reason } {
  const target = input.entities[entity]!.standsFor;
  const country = target === undefined ? undefined : input.index.get(target);
  if (country === undefined) return { entity, reason };
  const possessive = /^['’]s?\b/.test(text.slice(end, end + 2));
  const next = wordAfter(text, possessive ? end + (text[end + 1] === 's' ? 2 : 1) : end);
  // "according to Seoul's intelligence": the possessive of a government outweighs the preposition before it.
  if (possessive && next !== undefined && GOVERNMENT_NOUNS.has(next)) return { entity: country, reason: 'seat of government' };
  const before = wordBefore(text, start);
  if (before !== undefined && PLACE_PREPOSITIONS.has(before)) return { entity, reason };
  if (next !== undefined && CITY_NOUNS.has(next)) return { entity, reason };
  if (isDateline(text, start, end)) return { entity, reason };
  return { entity: country, reason: 'seat of government' };
}

function isDateline(text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim() === '' && /^\s*(,|—|–|-|\()/.test(text.slice(end, end + 3));
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
