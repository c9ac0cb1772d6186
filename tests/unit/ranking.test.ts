import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { readPage, scanPage } from '../../scripts/lib/scan-page';
import { PAGES, SEED_PAGE } from './helpers/paths';

/** Which events the card and the popup put first, pinned on real pages with the bundled dataset. */

let engine: Engine;

function onPage(file: string) {
  const page = readPage(file);
  const { scan } = scanPage(engine, page);
  return { page, entities: scan.entities };
}

beforeAll(() => {
  engine = new Engine(loadDataset());
}, 60_000);

describe('ranking events for the page', () => {
  it("puts Kim Jong Un's events with Russia, Putin or Kursk first on the demo article", () => {
    const { page, entities } = onPage(SEED_PAGE);
    const card = engine.card('kim-jong-un', entities, page.published)!;
    const shown = [...card.since, ...card.before];
    expect(shown.length).toBeGreaterThanOrEqual(3);
    const withRussia = shown.filter((e) => e.entities.some((x) => ['russia', 'vladimir-putin', 'kursk-oblast'].includes(x.id)));
    expect(withRussia.length / shown.length).toBeGreaterThanOrEqual(0.75);
    expect(card.before.map((e) => e.id)).toEqual(expect.arrayContaining(['2024-06-19-putin-kim-defence-pact', '2025-04-28-pyongyang-confirms-deployment']));
    expect(card.since.map((e) => e.id)).toContain('2025-09-03-putin-kim-beijing-talks');
    // Newest first within each half, split at the article's date.
    for (const half of [card.before, card.since]) expect(half.map((e) => e.date)).toEqual([...half.map((e) => e.date)].sort().reverse());
    expect(card.before.every((e) => e.date <= '2025-08-22') && card.since.every((e) => e.date > '2025-08-22')).toBe(true);
  });

  it('gives the demo article the coverage that connects its people, before and since', () => {
    const { page, entities } = onPage(SEED_PAGE);
    const summary = engine.pageSummary({ url: SEED_PAGE, title: '', published: page.published }, entities);
    expect(summary.before.map((e) => e.id)).toEqual(expect.arrayContaining(['2025-08-15-alaska-summit', '2024-06-19-putin-kim-defence-pact']));
    expect(summary.since.length).toBeGreaterThan(0);
    for (const e of [...summary.before, ...summary.since]) {
      expect(e.entities.filter((x) => entities.some((p) => p.id === x.id)).length, e.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('leads the Sudan sanctions page (2017) with Sudan and United States events', () => {
    const { page, entities } = onPage(`${PAGES}readability-nytimes-1.html`);
    const summary = engine.pageSummary({ url: 'nytimes', title: '', published: page.published }, entities);
    const top = [...summary.before, ...summary.since];
    expect(top.length).toBeGreaterThan(0);
    const sudan = top.filter((e) => e.entities.some((x) => x.id === 'sudan' || x.id === 'darfur' || x.id === 'khartoum'));
    expect(sudan.length / top.length).toBeGreaterThanOrEqual(0.5);
  });

  it("ranks the Zimbabwe coup page's events around Mugabe's fall first", () => {
    const { page, entities } = onPage(`${PAGES}readability-telegraph.html`);
    const card = engine.card('robert-mugabe', entities, page.published)!;
    const ids = [...card.before, ...card.since].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(0);
    const near = [...card.before, ...card.since].filter((e) => e.date >= '2017-11-01' && e.date <= '2017-12-31');
    expect(near.length).toBeGreaterThanOrEqual(1);
  });
});
