import type { CompiledName } from '../matcher/matcher';
import type { EventText } from './event-table';
import type { Entity, Event } from './types';

/** The dataset as the build emits it and the service worker loads it: one JSON file, parsed once. */
export interface CompiledDataset {
  format: 'backstory-compiled';
  version: 1;
  entities: Entity[];
  events: Event[];
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
 * Gzipped: a starting worker's fetch of an extension file is paid per byte (the body crosses from the browser process
 * in chunks), and the browser's own `DecompressionStream` undoes it for less than the bytes it saves (measured in
 * Chromium on this machine: fetching and inflating 0.57 MB took 0.5× fetching the 3.0 MB it holds).
 */
export const COMPILED_FILE = 'dataset.json.gz';
/** The bundled events' words, by event id, read when the first card or summary needs them; gzipped likewise. */
export const EVENT_TEXTS_FILE = 'event-texts.json.gz';
export type EventTexts = Record<string, EventText>;

/**
 * The two files the build writes for the extension: the dataset as a starting worker reads it (events without their
 * words, names without their key hashes) and the events' words apart.
 */
export function splitForWorker(data: Omit<CompiledDataset, 'textsApart'>): { dataset: CompiledDataset; texts: EventTexts } {
  const texts: EventTexts = {};
  const events = data.events.map((ev) => {
    texts[ev.id] = { summary: ev.summary, sources: ev.sources };
    return { ...ev, summary: '', sources: [] };
  });
  const names = data.names?.map((n) => n.slice(0, 6) as CompiledName);
  return { dataset: { ...data, events, ...(names ? { names } : {}), textsApart: true }, texts };
}
