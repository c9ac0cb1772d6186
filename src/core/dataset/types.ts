/** The dataset's records, as written in `src/dataset/` and as carried in packs. */

export const ENTITY_TYPES = ['person', 'country', 'place', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** One line, in our own words. */
  description: string;
  wikidata?: string;
  wikipedia?: string;
  /** The country a person, place or organisation belongs to. */
  country?: string;
  /** Countries only: "North Korean", "American". */
  demonyms?: string[];
  /** A capital or seat that news uses for a government ("Moscow said" means Russia). */
  standsFor?: string;
  /**
   * A city that shares its name with another notable city of its country (Portland, Oregon and Portland, Maine): the
   * first-level division it lies in. Only that division named on the page tells the reader which one is meant.
   */
  division?: string;
  /** People only: the offices they hold or held, dated. */
  roles?: Role[];
}

/**
 * An entity as the engine holds it. The bundled ones reach a starting worker without their words (`description`,
 * `wikipedia`), which are read only when a card, summary or search shows them (`splitForWorker`); in their place they
 * carry what the resolver reads of those words (`resolve/traits.ts`). Records with their words (the YAML, packs, the
 * Node-side engine) carry no traits: the resolver reads the words.
 */
export interface CompiledEntity extends Omit<Entity, 'description' | 'wikipedia'> {
  description?: string;
  wikipedia?: string;
  /** Bits of `TRAIT`; absent: none. */
  traits?: number;
  /** The words of titles the description holds ("president", "prime minister"); absent: none. */
  titleWords?: string[];
}

/** An office a person holds or held: "President of Colombia" of `colombia`, from 2022 to 2026. */
export interface Role {
  title: string;
  /** The entity the office belongs to, where the registry has it. */
  of?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from: string;
  /** Absent only while the record shows no successor. */
  to?: string;
}

export interface Source {
  outlet?: string;
  title?: string;
  url: string;
}

export interface Event {
  id: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: string;
  /** Our own words, at most 240 characters. */
  summary: string;
  entities: string[];
  story?: string;
  /** 1 routine (default), 2 notable, 3 landmark. */
  importance?: number;
  sources: Source[];
}

/**
 * An event without its entity references: what ranking and views read of it. The engine keeps each event's entities
 * apart, as entity indexes, because the bundled events name theirs by position and the records by id.
 */
export type EventFacts = Omit<Event, 'entities'>;

/** Where a record came from, for error messages and for the pack it belongs to. */
export interface Origin {
  file: string;
}

export interface Dataset {
  entities: Entity[];
  events: Event[];
}

/** One problem found in input: `file: record id: field: what is wrong`. */
export interface Problem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.record}: ${p.field}: ${p.message}`;
}
