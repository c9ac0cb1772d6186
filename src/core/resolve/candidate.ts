import type { CompiledEntity } from '../dataset/types';
import type { AliasTarget, RawMatch } from '../matcher/types';

/** What the resolver's rules share: the registry as they see it, a matched name, and two small facts of the text. */

export interface ResolveInput {
  entities: readonly CompiledEntity[];
  /** Entity id → index. */
  index: ReadonlyMap<string, number>;
  /** Folded lower-case names that are also common words or other things ("may", "jordan", "nice"). */
  ambiguousNames: ReadonlySet<string>;
  /** Among those, names of cities that another notable city shares ("manchester"): "in Manchester" does not say which. */
  namesakeNames: ReadonlySet<string>;
  /** Whether two entities are related: one's country or seat is the other, they share a country, or events. */
  related(a: number, b: number): boolean;
  /** The stricter relation that lets a bare surname stand: one's country is the other, or events together. */
  linked(a: number, b: number): boolean;
  /** How well known an entity is (its number of events): breaks a tie between namesakes. */
  prominence(entity: number): number;
}

/** A matched name and what it may mean, as the resolver weighs it. */
export interface Candidate {
  segment: number;
  match: RawMatch;
  folded: string;
  targets: AliasTarget[];
}

export function isPlaceOrCountry(e: CompiledEntity): boolean {
  return e.type === 'country' || e.type === 'place';
}

/** Where a possessive after a name ends, or -1: "Boston's", "Lagos'", and "Boston 's" in tokenised text. */
export function possessiveEnd(text: string, end: number): number {
  const m = /^ ?['’](s\b)?/.exec(text.slice(end, end + 3));
  if (!m || (m[0].startsWith(' ') && m[1] === undefined)) return -1;
  return end + m[0].length;
}
