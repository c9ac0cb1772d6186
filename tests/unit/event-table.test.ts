import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventTableOf, tableEvent, textBlocks, TEXT_BLOCK } from '../../src/core/dataset/event-table';
import type { WholeDataset } from '../../src/core/dataset/compiled';
import { Engine } from '../../src/core/engine';
import type { Card, EventView } from '../../src/core/views';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { readPage, scanPage } from '../../scripts/lib/scan-page';
import { PAGES } from './helpers/paths';

/**
 * A pack's events held in columns without their words (how the worker keeps the whole Current Events record) rank,
 * date and link exactly as the same events held whole; only their words wait to be read from their blocks.
 */

let data: WholeDataset;
let whole: Engine;
let split: Engine;
let blocks: ReturnType<typeof textBlocks>;
let cut: number;

beforeAll(() => {
  data = loadDataset();
  whole = new Engine(data);
  // The newer half of the events as a pack, as if installed beside the older half.
  const byDate = [...data.events].sort((a, b) => a.date.localeCompare(b.date));
  cut = Math.floor(byDate.length / 2);
  const kept = byDate.slice(0, cut);
  const packed = byDate.slice(cut);
  split = new Engine({ ...data, events: kept }, [eventTableOf(packed)]);
  blocks = textBlocks(packed);
}, 120_000);

/** Reads the words as the worker does, from the blocks. */
function tell(engine: Engine, views: EventView[]): void {
  for (const { view, index } of engine.untold(views)) {
    const text = blocks[Math.floor(index / TEXT_BLOCK)]![index % TEXT_BLOCK]!;
    view.summary = text.summary;
    view.sources = text.sources;
  }
}

const shown = (card: Pick<Card, 'before' | 'since'>) => [...card.before, ...card.since];

describe('events held in columns', () => {
  it('come back as the same events, without their words', () => {
    const events = data.events.slice(0, 500);
    const table = eventTableOf(events);
    events.forEach((ev, i) => {
      expect(tableEvent(table, i)).toEqual({ ...ev, summary: '', sources: [] });
    });
  });

  it('give every card on every fixture page the same events, in the same order, with the same words once told', () => {
    expect(split.eventCount).toBe(whole.eventCount);
    expect(split.asOf).toBe(whole.asOf);
    for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
      const page = readPage(`${PAGES}${file}`);
      const { scan } = scanPage(whole, page);
      for (const entity of scan.entities.slice(0, 12)) {
        const a = whole.card(entity.id, scan.entities, page.published)!;
        const b = split.card(entity.id, scan.entities, page.published)!;
        expect(b.history, `${file}: ${entity.id}`).toEqual(a.history);
        const untold = split.untold(shown(b));
        expect(untold.every(({ view }) => view.summary === '' && view.sources.length === 0)).toBe(true);
        tell(split, shown(b));
        expect(shown(b), `${file}: ${entity.id}`).toEqual(shown(a));
      }
      const pa = whole.pageSummary({ url: file, title: page.title ?? '', published: page.published }, scan.entities);
      const pb = split.pageSummary({ url: file, title: page.title ?? '', published: page.published }, scan.entities);
      tell(split, shown(pb));
      expect(shown(pb), file).toEqual(shown(pa));
    }
  }, 120_000);
});
