import { readPortalItems, SHARED_CURRENT_EVENTS } from './lib/current-events';
import { loadDataset } from './lib/load-dataset';
import { contentWords, corroborate, duplicates, RECORD_END, stem } from './lib/record-check';

const shiftDay = (d: string, n: number) => new Date(Date.parse(d) + n * 86_400_000).toISOString().slice(0, 10);
import { Engine } from '../src/core/engine';

/**
 * The bundled events against the Current Events record, for whoever edits the dataset:
 *   tsx scripts/record-report.ts check [--json]   events the record check fails, and duplicate pairs
 *   tsx scripts/record-report.ts explain <id>     the portal items near an event and the content words they share
 *   tsx scripts/record-report.ts months 2014 2018 events per month
 *   tsx scripts/record-report.ts items 2015-03    portal items of a month that name two or more registry entities
 */

const [command = 'check', a, b] = process.argv.slice(2);
const data = loadDataset();
const engine = new Engine(data);

if (command === 'months') {
  const from = Number(a ?? 2014);
  const to = Number(b ?? from);
  const counts = new Map<string, number>();
  for (const e of data.events) counts.set(e.date.slice(0, 7), (counts.get(e.date.slice(0, 7)) ?? 0) + 1);
  for (let y = from; y <= to; y++) {
    const row = Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, '0')}:${counts.get(`${y}-${String(i + 1).padStart(2, '0')}`) ?? 0}`);
    console.log(`${y} ${row.join(' ')}`);
  }
  console.log(`total ${data.events.length}`);
} else if (command === 'items') {
  if (!a || !/^\d{4}-\d{2}$/.test(a)) throw new Error(`items: expected a month YYYY-MM, got ${a ?? 'nothing'}`);
  for (const item of readPortalItems(SHARED_CURRENT_EVENTS, `${a}-01`, `${a}-31`)) {
    const ids = [...engine.namesIn(item.text)];
    if (ids.length >= 2) console.log(`${item.date} [${item.category}] {${item.story ?? ''}} ${ids.join(',')}\n    ${item.text}`);
  }
} else if (command === 'check') {
  const items = readPortalItems(SHARED_CURRENT_EVENTS, '2013-12-01', RECORD_END);
  const results = corroborate(data.events, items, engine);
  if (a === '--json') {
    const rows = results.filter((r) => r.problem).map((r) => ({ id: r.event.id, problem: r.problem, day: r.elsewhere?.date, outlet: r.elsewhere?.outlets[0] }));
    console.log(JSON.stringify(rows));
  } else for (const r of results) if (r.problem) console.log(`${r.event.id}: ${r.problem}`);
  if (a !== '--json') for (const d of duplicates(data.events, engine)) console.log(`duplicate: ${d.a.id} = ${d.b.id} (${d.shared.join(' ')})`);
} else if (command === 'explain') {
  const event = data.events.find((e) => e.id === a);
  if (!event) throw new Error(`explain: no event ${a ?? ''}`);
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const exclude = new Set<string>();
  for (const id of event.entities) for (const n of [byId.get(id)!.name, ...byId.get(id)!.aliases, ...(byId.get(id)!.demonyms ?? [])]) for (const w of n.toLowerCase().split(/[^\p{L}]+/u)) exclude.add(stem(w));
  const own = contentWords(event.summary, exclude);
  console.log(`${event.date} ${event.summary}\n  words: ${[...own].join(' ')}`);
  const day = event.date.length === 7 ? `${event.date}-15` : event.date;
  for (const item of readPortalItems(SHARED_CURRENT_EVENTS, shiftDay(day, -3), shiftDay(day, 3))) {
    const ids = event.entities.filter((id) => engine.namesIn(item.text).has(id));
    if (ids.length < Math.min(2, event.entities.length)) continue;
    const shared = [...contentWords(item.text)].filter((w) => own.has(w));
    console.log(`${item.date} [${ids.join(',')}] shared: ${shared.join(' ')}\n    ${item.text}`);
  }
} else {
  throw new Error(`unknown command ${command}: expected check, months or items`);
}
