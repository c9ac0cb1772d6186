import type { Engine } from '../core/engine';
import { buildSearchIndex, type SearchIndex } from '../core/search';
import type { EntityView } from '../core/views';

/** The popup's search over the whole dataset; the index is built on the first search of each engine. */
const indexes = new WeakMap<Engine, SearchIndex>();

export function searchEntities(engine: Engine, query: string, limit: number): EntityView[] {
  let index = indexes.get(engine);
  if (!index) {
    index = buildSearchIndex(engine.entities);
    indexes.set(engine, index);
  }
  return index.search(query, Math.min(50, Math.max(1, limit))).map((i) => engine.entityView(i));
}
