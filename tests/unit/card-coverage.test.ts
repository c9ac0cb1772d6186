import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { cardCoverage, coverageShare, formatCardCoverage, pageCardCoverage, totalCoverage } from '../../scripts/lib/card-coverage';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { miniDataset } from './helpers/mini-dataset';
import { PAGES } from './helpers/paths';

/** The share of highlighted names whose card has a backstory, as `npm run eval` reports it. */

describe('card coverage', () => {
  const engine = new Engine(miniDataset);

  it('counts a highlighted entity only when its card shows an event', () => {
    // Putin and Kim share events in the test dataset; Paris Hilton has none.
    const page = { title: null, published: '2025-01-10', blocks: ['Vladimir Putin met Kim Jong Un while Paris Hilton was in town.'] };
    const c = pageCardCoverage(engine, 'test page', page);
    expect(c.highlighted).toBe(3);
    expect(c.withEvents).toBe(2);
    expect(c.without).toEqual(['paris-hilton']);
    expect(coverageShare(c)).toBeCloseTo(2 / 3);
  });

  it('treats a page with no names as fully covered and sums pages', () => {
    const empty = pageCardCoverage(engine, 'empty', { title: null, published: null, blocks: ['Nothing to see.'] });
    expect(empty.highlighted).toBe(0);
    expect(coverageShare(empty)).toBe(1);
    const one = pageCardCoverage(engine, 'one', { title: null, published: null, blocks: ['Paris Hilton again.'] });
    const total = totalCoverage([empty, one]);
    expect([total.highlighted, total.withEvents]).toEqual([1, 0]);
    expect(formatCardCoverage([empty, one])).toMatch(/all pages\s+1\s+0\s+0\.0%/);
  });
});

describe('card coverage of the real fixture pages with the bundled dataset', () => {
  it('gives at least 85% of the names highlighted on the fixture pages a card with events', () => {
    const pages = cardCoverage(new Engine(loadDataset()), PAGES);
    expect(pages.length).toBeGreaterThanOrEqual(9);
    const total = totalCoverage(pages);
    expect(coverageShare(total), `no events: ${total.without.join(', ')}`).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
