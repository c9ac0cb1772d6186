import { TEXT_BLOCK } from '../core/dataset/event-table';
import type { Engine } from '../core/engine';
import type { EventView } from '../core/views';
import { positionsIn } from '../core/dataset/positions';
import { getBaseDataset, getBaseEventTexts, tablePackIds } from './engine-loader';
import { readTextBlocks } from './pack-store';

/**
 * Fills in the words of the events a card or summary shows: the bundled ones' from their file, the packs' from their
 * blocks in IndexedDB. Answers the views whose words could not be read (a pack removed meanwhile): they must not be
 * shown without them.
 */
export async function tellEvents(engine: Engine, views: readonly EventView[]): Promise<Set<EventView>> {
  const untold = engine.untold(views);
  const [missing, packMissing] = await Promise.all([tellBundled(views.filter((v) => v.summary === '' && !untold.some((u) => u.view === v))), tellPacks(engine, untold)]);
  for (const v of packMissing) missing.add(v);
  return missing;
}

/** The bundled events come without their words (see `splitForWorker`): read them from their file. */
async function tellBundled(views: readonly EventView[]): Promise<Set<EventView>> {
  const missing = new Set<EventView>();
  if (views.length === 0) return missing;
  const [texts, base] = await Promise.all([getBaseEventTexts(), getBaseDataset()]);
  const at = positionsIn(base.events);
  for (const view of views) {
    const i = at.get(view.id);
    const text = i === undefined ? undefined : texts[i];
    if (text) {
      view.summary = text.summary;
      view.sources = text.sources;
    } else missing.add(view);
  }
  return missing;
}

async function tellPacks(engine: Engine, untold: ReturnType<Engine['untold']>): Promise<Set<EventView>> {
  if (untold.length === 0) return new Set();
  const packIds = tablePackIds(engine);
  const wanted = new Map<string, { id: string; block: number }>();
  for (const { table, index } of untold) {
    const id = packIds[table]!;
    const block = Math.floor(index / TEXT_BLOCK);
    wanted.set(`${id} ${block}`, { id, block });
  }
  const blocks = await readTextBlocks([...wanted.values()]);
  const missing = new Set<EventView>();
  for (const { view, table, index } of untold) {
    const text = blocks.get(`${packIds[table]} ${Math.floor(index / TEXT_BLOCK)}`)?.[index % TEXT_BLOCK];
    if (text) {
      view.summary = text.summary;
      view.sources = text.sources;
    } else missing.add(view);
  }
  return missing;
}
