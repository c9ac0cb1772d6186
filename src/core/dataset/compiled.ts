import type { CompiledName } from '../matcher/matcher';
import type { EventText } from './event-table';
import { wordsReplaced } from '../resolve/traits';
import { positionsIn } from './positions';
import type { CompiledEntity, Entity, Event, EventFacts } from './types';

/** The dataset as the build emits it and the service worker loads it: one JSON file, parsed once. */
export interface CompiledDataset {
  format: 'backstory-compiled';
  version: 1;
  /**
   * Without their words: each entity's `description` and `wikipedia` are in `ENTITY_TEXTS_FILE`, read when a card,
   * summary or search first shows it, and each carries the traits the resolver reads instead.
   */
  entities: CompiledEntity[];
  events: CompiledEvent[];
  /** Names that are also common words or other things; linked only with evidence from the page. */
  ambiguousNames: string[];
  /**
   * Names of cities that another notable city shares (Manchester, England and New Hampshire; Portland, Oregon and
   * Maine): ambiguous too, and "in Manchester" says a place but not which one. Absent: none.
   */
  namesakeNames?: string[];
  /** The date the bundled data runs to (its latest event), `YYYY-MM-DD`. */
  asOf?: string;
  /** The matcher's names for `entities`, tokenized by the build (absent: the engine tokenizes them itself). */
  names?: CompiledName[];
  /**
   * The events' words are in `EVENT_TEXTS_FILE`, not here: every event's `summary` is '' and its `sources` empty until
   * a card or summary that shows it reads them. A starting worker needs only what scanning and ranking read.
   */
  textsApart?: boolean;
}

/**
 * A bundled event as the starting file holds it: the entities it names by their position in the file's `entities`, so
 * that a starting worker reads numbers and looks no id up (ADR 40).
 */
export interface CompiledEvent extends EventFacts {
  entities: number[];
}

/** The dataset with all its words, as the build compiles it and the Node-side engine (tests, scripts) loads it. */
export interface WholeDataset extends Omit<CompiledDataset, 'entities' | 'events' | 'textsApart'> {
  entities: Entity[];
  events: Event[];
}

/**
 * Gzipped: a starting worker's fetch of an extension file is paid per byte (the body crosses from the browser process
 * in chunks), and the browser's own `DecompressionStream` undoes it for less than the bytes it saves (measured in
 * Chromium on this machine: fetching and inflating 0.57 MB took 0.5× fetching the 3.0 MB it holds).
 */
export const COMPILED_FILE = 'dataset.json.gz';
/** The bundled events' words, read when the first card or summary needs them; gzipped likewise. */
export const EVENT_TEXTS_FILE = 'event-texts.json.gz';
/** In the order of the starting file's `events`: a list parses faster than a map by id (see `EntityTexts`). */
export type EventTexts = EventText[];
/** The bundled entities' words, read when the first card, summary or search shows one; gzipped likewise. */
export const ENTITY_TEXTS_FILE = 'entity-texts.json.gz';
/** One entity's words: its description and, where it has one, its Wikipedia title. */
export type EntityText = readonly [description: string, wikipedia?: string];
/**
 * The bundled entities' words, in the order of the starting file's `entities`. A list, not a map by id: in Node,
 * parsing one object of 8,394 keys took about five times as long as parsing this list.
 */
export type EntityTexts = EntityText[];

function positionOf(position: ReadonlyMap<string, number>, id: string, event: string): number {
  const at = position.get(id);
  // The dataset check refuses such an event first; this guards the file against a caller that skipped it.
  if (at === undefined) throw new Error(`event ${event}: entities: no entity has the id "${id}"`);
  return at;
}

/**
 * The three files the build writes for the extension: the dataset as a starting worker reads it (events and entities
 * without their words, names without their key hashes), the events' words apart and the entities' words apart.
 */
export function splitForWorker(data: WholeDataset): { dataset: CompiledDataset; texts: EventTexts; entityTexts: EntityTexts } {
  const texts: EventTexts = [];
  const position = positionsIn(data.entities);
  const events = data.events.map((ev): CompiledEvent => {
    texts.push({ summary: ev.summary, sources: ev.sources });
    return { ...ev, summary: '', sources: [], entities: ev.entities.map((id) => positionOf(position, id, ev.id)) };
  });
  const entityTexts: EntityTexts = [];
  const entities = data.entities.map(({ description, wikipedia, ...rest }): CompiledEntity => {
    entityTexts.push(wikipedia === undefined ? [description] : [description, wikipedia]);
    return { ...rest, ...wordsReplaced({ description, wikipedia }) };
  });
  const names = data.names?.map((n) => n.slice(0, 6) as CompiledName);
  return { dataset: { ...data, entities, events, ...(names ? { names } : {}), textsApart: true }, texts, entityTexts };
}
