import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { SALIENT_MENTIONS } from '../../src/core/rank/rank';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { readPage, scanPage } from '../../scripts/lib/scan-page';
import { PAGES, SEED_PAGE } from './helpers/paths';

/** The card's relevance floor and honest states, on every real fixture page with the bundled dataset. */

let engine: Engine;
beforeAll(() => {
  engine = new Engine(loadDataset());
}, 120_000);

const files = readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort();

describe("the card's relevance floor", () => {
  it.each(files)('%s: related coverage never rests on one name said in passing; below the floor, the own timeline', (file) => {
    const page = readPage(`${PAGES}${file}`);
    const { scan } = scanPage(engine, page);
    const counts = new Map(scan.entities.map((e) => [e.id, e.count]));
    for (const entity of scan.entities) {
      const card = engine.card(entity.id, scan.entities, page.published)!;
      const shown = [...card.since, ...card.before];
      if (card.related) {
        const onItsOwn = (ev: (typeof shown)[number]) => {
          const others = ev.entities.filter((x) => x.id !== entity.id).map((x) => counts.get(x.id) ?? 0);
          return others.some((c) => c >= SALIENT_MENTIONS) || others.filter((c) => c > 0).length >= 2;
        };
        // An event below the floor on its own is shown only as part of a story the page is about.
        const stories = new Set(shown.filter(onItsOwn).map((ev) => ev.story));
        for (const ev of shown) expect(onItsOwn(ev) || (ev.story !== undefined && stories.has(ev.story)), `${file}: ${entity.id}: ${ev.id}`).toBe(true);
      } else {
        // Nothing closely related: the entity's newest events, not a guess at relevance.
        const newest = shown.map((e) => e.date).sort().at(-1);
        expect(newest?.slice(0, 7)).toBe(card.history.at(-1)?.month);
      }
      expect(card.asOf >= '2026-03-01').toBe(true);
      expect(card.history.reduce((n, h) => n + h.count, 0)).toBeGreaterThanOrEqual(shown.length);
    }
  });

  it('keeps every card on the demo article above the floor', () => {
    const page = readPage(SEED_PAGE);
    const { scan } = scanPage(engine, page);
    for (const e of scan.entities) expect(engine.card(e.id, scan.entities, page.published)!.related, e.id).toBe(true);
  });
});
