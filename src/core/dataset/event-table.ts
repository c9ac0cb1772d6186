import type { Event, Source } from './types';

/**
 * A pack's events as the worker holds them: in columns, without their text. The whole Current Events record is about
 * 100,000 events; as objects they take a fresh service worker most of a second to read back from IndexedDB and tens of
 * megabytes to keep, while a card shows eight of them. So the columns carry what ranking needs (dates, entities,
 * stories, importance), and each event's summary and sources stay in IndexedDB in blocks, read for the events shown.
 */
export interface EventTable {
  count: number;
  /** Every event id, each followed by a newline. */
  ids: string;
  /** Where each id starts in `ids`, and one past the last. */
  idStarts: Uint32Array;
  /** `YYYY-MM-DD` or `YYYY-MM` padded with two spaces: ten characters an event. */
  dates: string;
  /** The newest date, `YYYY-MM-DD` or `YYYY-MM`, or '' for no events. */
  newest: string;
  /** Event i names `entityIds[entityRefs[k]]` for k in entityStarts[i] .. entityStarts[i+1]. */
  entityIds: string[];
  entityStarts: Uint32Array;
  entityRefs: Uint32Array;
  /** `stories[storyRefs[i] - 1]`, or no story when 0. */
  stories: string[];
  storyRefs: Uint32Array;
  /** 0 when the event gives none. */
  importance: Uint8Array;
}

/** An event's words: what a card shows and the columns leave out. */
export interface EventText {
  summary: string;
  sources: Source[];
}

/** How many events' texts share one record in IndexedDB: a card's eight events cost a few small reads. */
export const TEXT_BLOCK = 200;

const DATE_WIDTH = 10;

export function eventTableOf(events: readonly Event[]): EventTable {
  const entityIndex = new Map<string, number>();
  const storyIndex = new Map<string, number>();
  const entityIds: string[] = [];
  const stories: string[] = [];
  const idStarts = new Uint32Array(events.length + 1);
  const entityStarts = new Uint32Array(events.length + 1);
  const refs: number[] = [];
  const storyRefs = new Uint32Array(events.length);
  const importance = new Uint8Array(events.length);
  let ids = '';
  let dates = '';
  let newest = '';
  events.forEach((ev, i) => {
    idStarts[i] = ids.length;
    ids += `${ev.id}\n`;
    dates += ev.date.padEnd(DATE_WIDTH, ' ');
    if (ev.date > newest) newest = ev.date;
    entityStarts[i] = refs.length;
    for (const id of ev.entities) {
      let ref = entityIndex.get(id);
      if (ref === undefined) {
        ref = entityIds.push(id) - 1;
        entityIndex.set(id, ref);
      }
      refs.push(ref);
    }
    if (ev.story) {
      let ref = storyIndex.get(ev.story);
      if (ref === undefined) {
        ref = stories.push(ev.story);
        storyIndex.set(ev.story, ref);
      }
      storyRefs[i] = ref;
    }
    importance[i] = ev.importance ?? 0;
  });
  idStarts[events.length] = ids.length;
  entityStarts[events.length] = refs.length;
  return { count: events.length, ids, idStarts, dates, newest, entityIds, entityStarts, entityRefs: Uint32Array.from(refs), stories, storyRefs, importance };
}

export function tableId(table: EventTable, i: number): string {
  return table.ids.slice(table.idStarts[i]!, table.idStarts[i + 1]! - 1);
}

export function tableDate(table: EventTable, i: number): string {
  return table.dates.slice(i * DATE_WIDTH, (i + 1) * DATE_WIDTH).trimEnd();
}

export function tableEntities(table: EventTable, i: number): string[] {
  const out: string[] = [];
  for (let k = table.entityStarts[i]!; k < table.entityStarts[i + 1]!; k++) out.push(table.entityIds[table.entityRefs[k]!]!);
  return out;
}

/** Event i without its words: `summary` empty and `sources` none until its text block is read. */
export function tableEvent(table: EventTable, i: number): Event {
  const ev: Event = { id: tableId(table, i), date: tableDate(table, i), summary: '', entities: tableEntities(table, i), sources: [] };
  const story = table.storyRefs[i]!;
  if (story) ev.story = table.stories[story - 1]!;
  if (table.importance[i]) ev.importance = table.importance[i];
  return ev;
}

/** The texts of events `TEXT_BLOCK * block` onwards, as stored in one IndexedDB record. */
export function textBlocks(events: readonly Event[]): EventText[][] {
  const blocks: EventText[][] = [];
  for (let i = 0; i < events.length; i += TEXT_BLOCK) blocks.push(events.slice(i, i + TEXT_BLOCK).map((e) => ({ summary: e.summary, sources: e.sources })));
  return blocks;
}
