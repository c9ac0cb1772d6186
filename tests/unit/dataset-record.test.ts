import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PortalItem } from '../../src/core/current-events/portal';
import type { CompiledDataset } from '../../src/core/dataset/compiled';
import { Engine } from '../../src/core/engine';
import { readPortalItems } from '../../scripts/lib/current-events';
import { DATASET_DIR, loadDataset } from '../../scripts/lib/load-dataset';
import { copiedRuns, corroborate, RECORD_END } from '../../scripts/lib/record-check';
import { CURRENT_EVENTS } from './helpers/paths';

/** The bundled dataset against the public record: dated right, in our own words. */

interface Review {
  id: string;
  reason: string;
  source: string;
}

function reviews(): Map<string, Review & { file: string }> {
  const out = new Map<string, Review & { file: string }>();
  for (const name of readdirSync(DATASET_DIR).filter((f) => /^review.*\.ya?ml$/.test(f))) {
    const list = (parse(readFileSync(join(DATASET_DIR, name), 'utf8')) ?? []) as Review[];
    for (const r of list) out.set(r.id, { ...r, file: name });
  }
  return out;
}

let data: CompiledDataset;
let engine: Engine;
let items: PortalItem[];

beforeAll(() => {
  data = loadDataset();
  engine = new Engine(data);
  items = readPortalItems(CURRENT_EVENTS, '2013-12-01', RECORD_END);
}, 120_000);

describe('the bundled dataset against the Current Events record', () => {
  it('has at least 1,500 events across at least 60 stories', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(1500);
    expect(new Set(data.events.map((e) => e.story).filter(Boolean)).size).toBeGreaterThanOrEqual(60);
  });

  it('corroborates at least 90% of events; every other one is reviewed with a reason and a source', () => {
    const results = corroborate(data.events, items, engine);
    const missing = results.filter((r) => !r.item);
    const reviewed = reviews();
    const unexplained = missing.filter((r) => !reviewed.has(r.event.id)).map((r) => `${r.event.id} (${r.event.date}): ${r.event.entities.join(', ')}`);
    expect(unexplained).toEqual([]);
    expect(1 - missing.length / results.length).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it('keeps review entries honest: each names a real event, a reason and an https source', () => {
    const ids = new Set(data.events.map((e) => e.id));
    for (const [id, r] of reviews()) {
      expect(ids.has(id), `${r.file}: ${id}: no such event`).toBe(true);
      expect(r.reason?.length, `${r.file}: ${id}: reason`).toBeGreaterThan(10);
      expect(r.source, `${r.file}: ${id}: source`).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/\S+$/);
    }
  });

  it('writes every summary in our own words: no eight words in a row from a portal sentence', () => {
    const copies = copiedRuns(data.events, items).map((c) => `${c.event.id}: "${c.run}" (portal ${c.item.date})`);
    expect(copies).toEqual([]);
  }, 120_000);
});
