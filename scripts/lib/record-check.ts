import type { PortalItem } from '../../src/core/current-events/portal';
import { daysBetween } from '../../src/core/article/date';
import type { Event } from '../../src/core/dataset/types';
import type { Engine } from '../../src/core/engine';

/**
 * Checks curated events against the Wikipedia Current Events record: corroborated when a portal item within ±3 days
 * names at least two of the event's entities (one, for an event with a single entity), by any of their names.
 */

export const RECORD_END = '2026-03-28';
export const WINDOW_DAYS = 3;

export interface Corroboration {
  event: Event;
  /** The portal item that names enough of the event's entities, if any. */
  item?: PortalItem;
}

export function corroborate(events: readonly Event[], items: readonly PortalItem[], engine: Engine): Corroboration[] {
  const byDate = new Map<string, PortalItem[]>();
  for (const item of items) {
    let list = byDate.get(item.date);
    if (!list) byDate.set(item.date, (list = []));
    list.push(item);
  }
  const dates = [...byDate.keys()].sort();
  const names = new Map<PortalItem, Set<string>>();
  const namesOf = (item: PortalItem) => {
    let set = names.get(item);
    if (!set) names.set(item, (set = engine.namesIn(item.text)));
    return set;
  };
  return events
    .filter((e) => e.date <= RECORD_END)
    .map((event) => {
      const need = Math.min(2, event.entities.length);
      // A month-only date is checked against the whole month, with the same margin.
      const first = event.date.length === 7 ? `${event.date}-01` : event.date;
      const last = event.date.length === 7 ? `${event.date}-31` : event.date;
      for (const date of dates) {
        if (date < first && daysBetween(date, first) > WINDOW_DAYS) continue;
        if (date > last && daysBetween(date, last) > WINDOW_DAYS) break;
        for (const item of byDate.get(date)!) {
          const named = namesOf(item);
          if (event.entities.filter((id) => named.has(id)).length >= need) return { event, item };
        }
      }
      return { event };
    });
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
export const COPY_RUN = 8;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
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
