import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readPortalItems, SHARED_CURRENT_EVENTS } from './lib/current-events';
import { DATASET_DIR, loadDataset } from './lib/load-dataset';
import { figuresIn, isGiven, riskOf, valuesIn, type Figure } from './lib/figures';
import { contentWords, RECORD_END } from './lib/record-check';
import { Engine } from '../src/core/engine';
import type { PortalItem } from '../src/core/current-events/portal';
import type { Event } from '../src/core/dataset/types';

/**
 * The figures of every event's summary against the Current Events record: a count, toll, share, amount or year (other
 * than the event's own) counts as given when an item within ±3 days that names one of the event's entities, or
 * shares two content words with the summary, states the same number ("two" = 2, "1,200" = "1200", "3 million" =
 * "3,000,000"; "more than 300" is given by a number above 300 and at most 450). Lists the events with a figure the record does not give, riskiest first (tolls, shares, money).
 *   tsx scripts/figures-report.ts [--json]
 *   tsx scripts/figures-report.ts explain <id> [days]   the items near an event that state figures (±3 days, or more)
 */

const json = process.argv.includes('--json');
const [command, explainId, explainDays] = process.argv.slice(2);
const data = loadDataset();
const engine = new Engine(data);
const items = readPortalItems(SHARED_CURRENT_EVENTS, '2013-12-01', RECORD_END);
const byDate = new Map<string, PortalItem[]>();
for (const item of items) byDate.set(item.date, [...(byDate.get(item.date) ?? []), item]);
const shift = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);

const cache = new Map<PortalItem, { names: Set<string>; words: Set<string>; values: Set<number> }>();
const about = (item: PortalItem) => {
  let c = cache.get(item);
  if (!c) cache.set(item, (c = { names: engine.namesIn(item.text), words: contentWords(item.text), values: valuesIn(`${item.story ?? ''} ${item.text}`) }));
  return c;
};

/** The record's items within `span` days of an event (a month-only date: of its month) that name one of its entities or share two content words with its summary. */
function* itemsAbout(event: Event, span: number): Generator<PortalItem> {
  const own = contentWords(event.summary);
  const first = event.date.length === 7 ? `${event.date}-01` : event.date;
  const last = event.date.length === 7 ? `${event.date}-31` : event.date;
  for (let d = shift(first, -span); d <= shift(last, span); d = shift(d, 1)) {
    for (const item of byDate.get(d) ?? []) {
      const c = about(item);
      let shared = 0;
      for (const w of c.words) if (own.has(w)) shared++;
      if (event.entities.some((id) => c.names.has(id)) || shared >= 2) yield item;
    }
  }
}

if (command === 'explain') {
  const event = data.events.find((e) => e.id === explainId);
  if (!event) throw new Error(`explain: no event ${explainId ?? ''}`);
  const span = Number(explainDays ?? 3);
  console.log(`${event.id} ${event.date} [${event.entities.join(',')}]\n  ${event.summary}\n  figures: ${figuresIn(event.summary).map((f) => `${f.text} (${f.kind})`).join(', ')}`);
  for (const item of itemsAbout(event, span)) if (figuresIn(item.text).length) console.log(`${item.date} {${item.story ?? ''}} ${item.text}`);
  process.exit(0);
}

/** Events in a review file rest on a source outside the record (a Wikipedia article): listed apart, to check there. */
const reviewed = new Set<string>();
for (const name of readdirSync(DATASET_DIR).filter((f) => /^review.*\.ya?ml$/.test(f))) {
  for (const r of (parse(readFileSync(join(DATASET_DIR, name), 'utf8')) ?? []) as { id: string }[]) reviewed.add(r.id);
}

interface Row { id: string; date: string; summary: string; missing: Figure[]; risk: number; reviewed: boolean }
const rows: Row[] = [];
let checked = 0;
for (const event of data.events) {
  if (event.date > RECORD_END) continue;
  const year = Number(event.date.slice(0, 4));
  const figures = figuresIn(event.summary).filter((f) => !(f.kind === 'year' && f.value === year));
  if (!figures.length) continue;
  checked++;
  const given = new Set<number>();
  for (const item of itemsAbout(event, 3)) for (const v of about(item).values) given.add(v);
  const missing = figures.filter((f) => !isGiven(f, given));
  if (missing.length) rows.push({ id: event.id, date: event.date, summary: event.summary, missing, risk: Math.min(...missing.map((f) => riskOf(f.kind))), reviewed: reviewed.has(event.id) });
}
rows.sort((a, b) => Number(a.reviewed) - Number(b.reviewed) || a.risk - b.risk || a.date.localeCompare(b.date));
if (json) console.log(JSON.stringify(rows));
else {
  for (const r of rows) console.log(`${r.reviewed ? '[reviewed] ' : ''}${r.id}: ${r.missing.map((f) => `${f.text} (${f.kind})`).join(', ')}\n    ${r.summary}`);
  const apart = rows.filter((r) => r.reviewed).length;
  console.log(`${rows.length} of ${checked} events with figures state one the record does not give (${apart} of them reviewed against a source outside the record)`);
}
