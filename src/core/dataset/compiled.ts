import type { CompiledName } from '../matcher/matcher';
import type { Entity, Event } from './types';

/** The dataset as the build emits it and the service worker loads it: one JSON file, parsed once. */
export interface CompiledDataset {
  format: 'backstory-compiled';
  version: 1;
  entities: Entity[];
  events: Event[];
  /** Names that are also common words or other things; linked only with evidence from the page. */
  ambiguousNames: string[];
  /** The date the bundled data runs to (its latest event), `YYYY-MM-DD`. */
  asOf?: string;
  /** The matcher's names for `entities`, tokenized by the build (absent: the engine tokenizes them itself). */
  names?: CompiledName[];
}

export const COMPILED_FILE = 'dataset.json';
