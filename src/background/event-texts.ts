import { TEXT_BLOCK } from '../core/dataset/event-table';
import type { Engine } from '../core/engine';
import type { EventView } from '../core/views';
import { tablePackIds } from './engine-loader';
import { readTextBlocks } from './pack-store';

/**
 * Fills in the words of the pack events a card or summary shows, read from their blocks in IndexedDB. Answers the
 * views whose words could not be read (a pack removed meanwhile): they must not be shown without them.
 */
export async function tellEvents(engine: Engine, views: readonly EventView[]): Promise<Set<EventView>> {
  const untold = engine.untold(views);
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
