import type { PortalItem } from '../../src/core/current-events/portal';
import { dayPageUrl } from '../../src/core/current-events/portal';
import { daysBetween } from '../../src/core/article/date';
import type { CompiledEntity, Event } from '../../src/core/dataset/types';
import type { Engine } from '../../src/core/engine';

/**
 * Checks curated events against the Wikipedia Current Events record. An event is corroborated by a portal item within
 * ±3 days that names at least two of the event's entities (one, for an event with a single entity) AND shares at least
 * two content words with the summary besides the names of those entities: naming the same two countries is not yet
 * telling the same story. The portal day page the event cites must be the day of that item.
 */

export const RECORD_END = '2026-03-28';
export const WINDOW_DAYS = 3;
export const SHARED_CONTENT_WORDS = 2;

const PORTAL_DAY = /^https:\/\/en\.wikipedia\.org\/wiki\/Portal:Current_events\/\d{4}_[A-Z][a-z]+_\d{1,2}$/;

export interface Corroboration {
  event: Event;
  /** The portal item that names enough of the event's entities and shares enough of its words, if any. */
  item?: PortalItem;
  /** Why the event is not corroborated as it stands. */
  problem?: string;
  /** An item that would corroborate the event if it cited that item's day page instead. */
  elsewhere?: PortalItem;
}

/**
 * Words that carry no fact of their own: function words, reporting verbs and counting words. Kept short on purpose:
 * a word left out here only makes the check easier to pass by two generic words, never fail a true match.
 */
const STOP_WORDS = new Set(
  (
    'the and for are but not you all any can had has have her hers him his how its may our out own she too was who why ' +
    'with this that these those than then them they their there here what when where which while whom whose will would ' +
    'shall should could might must been being were from into onto upon over under about above below after before ' +
    'during since until against among between through across along around within without toward towards also just ' +
    'only very more most much many some such each every other another both either neither one two three four five six ' +
    'seven eight nine ten first second third new say says said saying tell told report reports reported according ' +
    'amid per via yet still now later today yesterday tomorrow week weeks month months year years day days ' +
    'january february march april june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday does did doing done get got make makes made take takes took ' +
    'become becomes became its it\'s who\'s'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** A light stem: enough to meet "kills", "killed" and "killing", or "elected" and "election", as one word. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length > 4 && /ies$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /ied$/.test(w)) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /sses$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && /[^su]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('ion')) w = w.slice(0, -3);
  // "invade", "invaded", "invading" → "invad".
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The content words of a text: lower-cased words of three letters or more, not stop words, lightly stemmed. */
export function contentWords(text: string, exclude: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(WORD) ?? []) {
    const word = raw.replace(/’/g, "'");
    if (!/^\p{L}{3,}/u.test(word) || STOP_WORDS.has(word)) continue;
    const s = stem(word);
    if (s.length < 3 || STOP_WORDS.has(s) || exclude.has(s)) continue;
    out.add(s);
  }
  return out;
}

/** The stemmed words of every name, alias and demonym of the given entities. */
function nameWords(ids: readonly string[], byId: ReadonlyMap<string, CompiledEntity>): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    const e = byId.get(id);
    if (!e) continue;
    for (const name of [e.name, ...e.aliases, ...(e.demonyms ?? [])]) {
      for (const raw of name.toLowerCase().match(WORD) ?? []) out.add(stem(raw.replace(/’/g, "'")));
    }
  }
  return out;
}

/** The dates of the portal day pages an event cites as sources. */
export function citedDays(event: Event): string[] {
  const days: string[] = [];
  for (const s of event.sources) {
    if (!PORTAL_DAY.test(s.url)) continue;
    const [y, month, d] = s.url.slice(s.url.lastIndexOf('/') + 1).split('_');
    const m = new Date(`${month} 1, 2000`).getMonth() + 1;
    if (!Number.isNaN(m)) days.push(`${y}-${String(m).padStart(2, '0')}-${d!.padStart(2, '0')}`);
  }
  return days;
}

export function corroborate(events: readonly Event[], items: readonly PortalItem[], engine: Engine): Corroboration[] {
  const byDate = new Map<string, PortalItem[]>();
  for (const item of items) {
    let list = byDate.get(item.date);
    if (!list) byDate.set(item.date, (list = []));
    list.push(item);
  }
  const dates = [...byDate.keys()].sort();
  const byId = new Map(engine.entities.map((e) => [e.id, e]));
  const names = new Map<PortalItem, Set<string>>();
  const namesOf = (item: PortalItem) => {
    let set = names.get(item);
    if (!set) names.set(item, (set = engine.namesIn(item.text)));
    return set;
  };
  const words = new Map<PortalItem, Set<string>>();
  const wordsOf = (item: PortalItem) => {
    let set = words.get(item);
    if (!set) words.set(item, (set = contentWords(item.text)));
    return set;
  };
  return events
    .filter((e) => e.date <= RECORD_END)
    .map((event): Corroboration => {
      const need = Math.min(2, event.entities.length);
      const exclude = nameWords(event.entities, byId);
      const own = contentWords(event.summary, exclude);
      const cited = new Set(citedDays(event));
      // A month-only date is checked against the whole month, with the same margin.
      const first = event.date.length === 7 ? `${event.date}-01` : event.date;
      const last = event.date.length === 7 ? `${event.date}-31` : event.date;
      let namesOnly: PortalItem | undefined;
      let elsewhere: PortalItem | undefined;
      for (const date of dates) {
        if (date < first && daysBetween(date, first) > WINDOW_DAYS) continue;
        if (date > last && daysBetween(date, last) > WINDOW_DAYS) break;
        for (const item of byDate.get(date)!) {
          if (event.entities.filter((id) => namesOf(item).has(id)).length < need) continue;
          namesOnly ??= item;
          let shared = 0;
          for (const w of wordsOf(item)) if (own.has(w) && ++shared >= SHARED_CONTENT_WORDS) break;
          if (shared < SHARED_CONTENT_WORDS) continue;
          if (cited.has(item.date)) return { event, item };
          // Of the items on other days, the one nearest the event's date tells the event itself, not what followed.
          if (!elsewhere || daysBetween(item.date, first) < daysBetween(elsewhere.date, first)) elsewhere = item;
        }
      }
      if (elsewhere) {
        const problem = cited.size
          ? `cites the portal of ${[...cited].join(', ')}, but the nearest item naming its entities with two words in common is on ${dayPageUrl(elsewhere.date)}`
          : `cites no portal day page; the nearest item naming its entities with two words in common is on ${dayPageUrl(elsewhere.date)}`;
        return { event, problem, elsewhere };
      }
      if (namesOnly) {
        return { event, problem: `a portal item of ${namesOnly.date} names its entities but shares fewer than ${SHARED_CONTENT_WORDS} content words with the summary` };
      }
      return { event, problem: `no portal item within ±${WINDOW_DAYS} days names ${need === 1 ? 'its entity' : 'two of its entities'}` };
    });
}

export interface Duplicate {
  a: Event;
  b: Event;
  shared: string[];
}

/**
 * Pairs of events that tell the same fact twice: dated within three days, about the same entities (two or more in
 * common, counting the ones their summaries name), from the same record (both cite one portal day),
 * and with summaries that share four content words or more, and at least 40% of the shorter one's.
 */
export function duplicates(events: readonly Event[], engine: Engine): Duplicate[] {
  const byId = new Map(engine.entities.map((e) => [e.id, e]));
  const day = (d: string) => (d.length === 7 ? `${d}-15` : d);
  const sorted = [...events].sort((x, y) => (day(x.date) < day(y.date) ? -1 : day(x.date) > day(y.date) ? 1 : 0));
  const facts = sorted.map((e) => {
    const entities = new Set([...e.entities, ...engine.namesIn(e.summary)]);
    return { event: e, entities, days: new Set(citedDays(e)), words: contentWords(e.summary, nameWords([...entities], byId)) };
  });
  const found: Duplicate[] = [];
  for (let i = 0; i < facts.length; i++) {
    const a = facts[i]!;
    for (let j = i + 1; j < facts.length; j++) {
      const b = facts[j]!;
      if (daysBetween(day(a.event.date), day(b.event.date)) > WINDOW_DAYS) break;
      if ([...a.entities].filter((id) => b.entities.has(id)).length < 2) continue;
      // One fact told twice leans on one record: both cite the same portal day. (One story over two days is a sequel.)
      if (![...a.days].some((d) => b.days.has(d))) continue;
      const shared = [...a.words].filter((w) => b.words.has(w));
      if (shared.length >= 4 && shared.length >= 0.4 * Math.min(a.words.size, b.words.size)) found.push({ a: a.event, b: b.event, shared });
    }
  }
  return found;
}

const COPY_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
export const COPY_RUN = 8;

function words(text: string): string[] {
  return (text.toLowerCase().match(COPY_WORD) ?? []).map((w) => w.replace(/’/g, "'"));
}

/** Summaries that share `COPY_RUN` words in a row with some portal sentence: the run and the sentence. */
export function copiedRuns(events: readonly Event[], items: readonly PortalItem[]): { event: Event; run: string; item: PortalItem }[] {
  const runs = new Map<string, Event[]>();
  for (const event of events) {
    const w = words(event.summary);
    for (let i = 0; i + COPY_RUN <= w.length; i++) {
      const run = w.slice(i, i + COPY_RUN).join(' ');
      runs.set(run, [...(runs.get(run) ?? []), event]);
    }
  }
  const found: { event: Event; run: string; item: PortalItem }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const w = words(item.text);
    for (let i = 0; i + COPY_RUN <= w.length; i++) {
      const run = w.slice(i, i + COPY_RUN).join(' ');
      for (const event of runs.get(run) ?? []) {
        if (seen.has(event.id)) continue;
        seen.add(event.id);
        found.push({ event, run, item });
      }
    }
  }
  return found;
}
