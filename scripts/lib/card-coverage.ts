import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../src/core/engine';
import { PAGES_DIR } from './evaluate';
import { readPage, scanPage, type PageText } from './scan-page';

/**
 * How often a reader who rests the pointer on a highlighted name gets a backstory: per page, the share of the
 * entities highlighted on it whose card shows at least one event.
 */

export interface CardCoverage {
  page: string;
  highlighted: number;
  withEvents: number;
  /** Ids of the highlighted entities whose card has no event, most mentioned first. */
  without: string[];
}

export function pageCardCoverage(engine: Engine, name: string, page: PageText): CardCoverage {
  const { scan } = scanPage(engine, page);
  const onPage = scan.entities.map((e) => ({ id: e.id, count: e.count }));
  const without: string[] = [];
  for (const { id } of onPage) {
    const card = engine.card(id, onPage, page.published);
    if (!card || card.before.length + card.since.length === 0) without.push(id);
  }
  return { page: name, highlighted: onPage.length, withEvents: onPage.length - without.length, without };
}

export function cardCoverage(engine: Engine, pagesDir = PAGES_DIR): CardCoverage[] {
  return readdirSync(pagesDir)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => pageCardCoverage(engine, f, readPage(join(pagesDir, f))));
}

export const coverageShare = (c: Pick<CardCoverage, 'highlighted' | 'withEvents'>): number => (c.highlighted === 0 ? 1 : c.withEvents / c.highlighted);

export function totalCoverage(pages: readonly CardCoverage[]): CardCoverage {
  return pages.reduce(
    (a, c) => ({ page: 'all pages', highlighted: a.highlighted + c.highlighted, withEvents: a.withEvents + c.withEvents, without: [...a.without, ...c.without] }),
    { page: 'all pages', highlighted: 0, withEvents: 0, without: [] } as CardCoverage,
  );
}

/** The report `npm run eval` prints. */
export function formatCardCoverage(pages: readonly CardCoverage[]): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const row = (c: CardCoverage) => `${c.page.padEnd(36)} ${String(c.highlighted).padStart(6)} ${String(c.withEvents).padStart(6)} ${pct(coverageShare(c))}`;
  const head = `${'cards with events'.padEnd(36)} ${'names'.padStart(6)} ${'events'.padStart(6)} ${'share'.padStart(7)}`;
  return [head, ...pages.map(row), row(totalCoverage(pages))].join('\n');
}
