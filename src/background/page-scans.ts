import type { Engine } from '../core/engine';
import type { ScanChanges, ScanChangesResult } from '../messages';
import { scanInChunks } from './chunked-scan';

/**
 * The text of each open page, by tab, in the worker's memory: a page sends only the blocks it added or changed, and
 * they are read in the context of the whole page (a surname resolves against the full name earlier on). A worker
 * restarted by the browser holds nothing and answers `lost`, and the page sends everything again.
 */
const pages = new Map<number, Map<number, string>>();

/**
 * A page's changes, read as a scheduler job: the page's blocks are updated when the job starts (jobs of one tab run in
 * the order they came), then the whole page is rescanned a chunk at a time, within the scan budget, so that a live
 * page that keeps growing never holds the worker longer than any other scan.
 */
export function* scanChanges(engine: Pick<Engine, 'scan'>, tabId: number, { fresh, added, removed }: ScanChanges): Generator<void, ScanChangesResult, undefined> {
  let blocks = pages.get(tabId);
  if (fresh || !blocks) {
    if (!fresh) return { lost: true };
    blocks = new Map();
    pages.set(tabId, blocks);
  }
  for (const key of removed) blocks.delete(key);
  for (const { key, text } of added) blocks.set(key, text);
  // Keys grow in the order the page met its blocks, which is reading order but for blocks inserted above.
  const keys = [...blocks.keys()].sort((a, b) => a - b);
  const scan = yield* scanInChunks(engine, keys.map((k) => blocks.get(k)!));
  const wanted = new Set(added.map((a) => a.key));
  const mentions = scan.mentions
    .filter((m) => wanted.has(keys[m.segment]!))
    .map(({ segment, ...m }) => ({ ...m, key: keys[segment]! }));
  return { lost: false, mentions, entities: scan.entities };
}

export function forgetPage(tabId: number): void {
  pages.delete(tabId);
}
