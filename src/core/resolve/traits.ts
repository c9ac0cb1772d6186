import type { CompiledEntity, Entity } from '../dataset/types';
import { titleWordsIn } from './titles';

/**
 * What the resolver reads of an entity's words (its one-line description and its Wikipedia title). A starting worker
 * holds the bundled entities without those words (they are read when a card, summary or search shows them), so the
 * build writes these answers in their place. The patterns live here only, and the build and the resolver both ask
 * `hasTrait`, so the two cannot drift apart.
 */

/** A city's record says it is one (a capital or a city). */
const CITY_DESCRIPTION = /\b(?:capital|city)\b/i;
/** A division's record: generated ones carry their ISO 3166-2 code, curated ones say what kind of division they are. */
const DIVISION_DESCRIPTION = /\bISO 3166-2\b|\b(?:state|province|region|oblast|prefecture|governorate|department|krai)\b/i;
/** A body of sport, whose initials may well stand before "championship" or "title". */
const SPORTS_BODY = /\b(?:sports?|football|soccer|olympic|athlet|league|cricket|rugby|tennis|basketball|baseball|hockey)/i;
/** A company's record says it is one. */
const COMPANY_DESCRIPTION = /\b(?:company|companies|firm|maker|manufacturer|corporation|conglomerate|retailer|carmaker|automaker|airline|bank)\b/i;
/** A state whose Wikipedia title tells it from its city: "New York (state)". */
const STATE_TITLE = /\(state\)$/;

/** One bit each, so that a starting worker parses one small number per entity (absent: none). */
export const TRAIT = { city: 1, division: 2, sportsBody: 4, company: 8, stateTitle: 16 } as const;
export type Trait = keyof typeof TRAIT;

const TESTS: Record<Trait, (e: Pick<Entity, 'description' | 'wikipedia'>) => boolean> = {
  city: (e) => CITY_DESCRIPTION.test(e.description),
  division: (e) => DIVISION_DESCRIPTION.test(e.description),
  sportsBody: (e) => SPORTS_BODY.test(e.description),
  company: (e) => COMPANY_DESCRIPTION.test(e.description),
  stateTitle: (e) => STATE_TITLE.test(e.wikipedia ?? ''),
};

/** The traits an entity's words give, as the build writes them: 0 for none. */
export function traitsOf(e: Pick<Entity, 'description' | 'wikipedia'>): number {
  let bits = 0;
  for (const trait of Object.keys(TRAIT) as Trait[]) if (TESTS[trait](e)) bits |= TRAIT[trait];
  return bits;
}

/**
 * What the build keeps of an entity whose words go apart: its traits and the words of titles its description holds
 * (for `titleFits`), each left out when there are none.
 */
export function wordsReplaced(e: Pick<Entity, 'description' | 'wikipedia'>): Pick<CompiledEntity, 'traits' | 'titleWords'> {
  const traits = traitsOf(e);
  const titleWords = titleWordsIn(e.description);
  return { ...(traits ? { traits } : {}), ...(titleWords.length ? { titleWords } : {}) };
}

/** Read from the words where the entity has them (records, packs, the Node-side engine), else from the build's answer. */
export function hasTrait(e: CompiledEntity, trait: Trait): boolean {
  return e.description === undefined ? ((e.traits ?? 0) & TRAIT[trait]) !== 0 : TESTS[trait]({ description: e.description, wikipedia: e.wikipedia });
}
