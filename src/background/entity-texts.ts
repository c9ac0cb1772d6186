import type { CompiledDataset } from '../core/dataset/compiled';
import type { Engine } from '../core/engine';
import type { EntityView } from '../core/views';
import { getBaseDataset, getBaseEntityTexts } from './engine-loader';

/** Each bundled entity's place in the starting file's list, which is its words' place in theirs. */
const places = new WeakMap<CompiledDataset, Map<string, number>>();

function placesIn(base: CompiledDataset): Map<string, number> {
  let found = places.get(base);
  if (!found) places.set(base, (found = new Map(base.entities.map((e, i) => [e.id, i]))));
  return found;
}

/**
 * Fills in the description and link of the entities a card, summary or search shows. The bundled ones come without
 * their words (see `splitForWorker`), which are read from their file here; a pack's entity carries its own. A failed
 * read fails the request, and the next one reads again.
 */
export async function tellEntities(engine: Engine, views: readonly EntityView[]): Promise<void> {
  const untold = views.filter((v) => engine.untoldEntity(v));
  if (untold.length === 0) return;
  const [texts, base] = await Promise.all([getBaseEntityTexts(), getBaseDataset()]);
  const at = placesIn(base);
  for (const view of untold) {
    const i = at.get(view.id);
    if (i !== undefined && texts[i]) engine.tellEntity(view, texts[i]);
  }
}
