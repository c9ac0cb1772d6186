import type { Engine } from '../core/engine';
import type { EntityView } from '../core/views';
import { positionsIn } from '../core/dataset/positions';
import { getBaseDataset, getBaseEntityTexts } from './engine-loader';

/**
 * Fills in the description and link of the entities a card, summary or search shows. The bundled ones come without
 * their words (see `splitForWorker`), which are read from their file here; a pack's entity carries its own. A failed
 * read fails the request, and the next one reads again.
 */
export async function tellEntities(engine: Engine, views: readonly EntityView[]): Promise<void> {
  const untold = views.filter((v) => engine.untoldEntity(v));
  if (untold.length === 0) return;
  const [texts, base] = await Promise.all([getBaseEntityTexts(), getBaseDataset()]);
  const at = positionsIn(base.entities);
  for (const view of untold) {
    const i = at.get(view.id);
    if (i !== undefined && texts[i]) engine.tellEntity(view, texts[i]);
  }
}
