import { relationTo, today } from './article/date';
import type { CompiledDataset, CompiledEvent, EntityText } from './dataset/compiled';
import { tableDate, tableEvent, type EventTable } from './dataset/event-table';
import type { CompiledEntity, Event, EventFacts } from './dataset/types';
import { compileNames, Matcher } from './matcher/matcher';
import { monthlyHistory } from './rank/history';
import { closelyRelated, pageStories, SALIENT_MENTIONS, rankForEntity, rankForPage, type PageContext, type Scored } from './rank/rank';
import { namesOf } from './resolve/names';
import { resolve, type Rejected } from './resolve/resolve';
import { foldLowerString } from './text/chars';
import { normalizeForMatching } from './text/normalize';
import { describeEntity } from './roles';
import { wikipediaUrl, type Card, type EntityView, type EventView, type MentionView, type PageEntity, type PageSummary } from './views';

/** How many events a card shows, and the popup for the whole page. */
export const CARD_EVENTS = 8;
export const PAGE_EVENTS = 12;
/** Pages whose stories are kept: a reader's open tabs, give or take. */
const STORY_CACHE = 8;

export interface PageScan {
  mentions: MentionView[];
  rejected: Rejected[];
  entities: PageEntity[];
}

/** The starting file's events name their entities by position (`CompiledEvent`), already what the engine indexes by. */
function namesByPosition(refs: readonly number[] | readonly string[]): refs is number[] {
  return refs.length === 0 || typeof refs[0] === 'number';
}

/**
 * The whole of Backstory's knowledge in one object: built once from the compiled dataset (in the service worker, in
 * tests, in the CLI), then asked to scan text, draw a card or sum up a page. Pure: no DOM, no browser API.
 */
export class Engine {
  readonly entities: readonly CompiledEntity[];
  /** The events held whole: the bundled dataset's. Events of installed packs come after them, in `tables`. */
  readonly events: readonly EventFacts[];
  /** Every event, the packs' included. */
  readonly eventCount: number;
  private readonly index = new Map<string, number>();
  private readonly matcher: Matcher;
  private readonly ambiguous: Set<string>;
  /** Folded names of cities another notable city shares: among `ambiguous`, and a word of place does not settle them. */
  private readonly namesakes: Set<string>;
  /**
   * Event index → the event and its entity indexes. A pack's event is made from its table when first needed (a card
   * or a summary ranks it), so that a worker holding the whole Current Events record starts without making 100,000.
   */
  private readonly slots: (EventFacts | undefined)[];
  private readonly eventEntities: (number[] | undefined)[];
  /** Entity index → the indexes of its bundled events. */
  private readonly eventsOf: number[][];
  /**
   * Entity index → the indexes of its pack events, for all tables in order, as one compressed index in typed arrays:
   * entity e's are `packEvents[packStarts[e] .. packStarts[e + 1]]`. Made when first asked for (see `packIndex`).
   */
  private packIndexed: { starts: Int32Array; events: Int32Array } | undefined;
  /** Entity index → all its event indexes, bundled then packs', made when first asked for. */
  private readonly allEventsOf: (readonly number[] | undefined)[];
  /** The first event index of each table, and each table's entity refs as entity indexes (-1: unknown here). */
  private readonly tables: { table: EventTable; first: number; entityIndexes: Int32Array }[];
  /** Views of pack events whose words are still to be read, with their place: see `untold`. */
  private readonly viewSlots = new WeakMap<EventView, { table: number; index: number }>();
  /**
   * The stories of the last few pages asked about, by `storyKey`: every card of a page needs them, and with the whole
   * Current Events record finding them reads tens of thousands of events.
   */
  private readonly storyCache = new Map<string, ReadonlySet<string>>();
  /** The newest event date the dataset holds: how current Backstory's knowledge is. */
  readonly asOf: string;

  /**
   * `data.events` name their entities by position (the starting file, `CompiledEvent`) or by id (the records the
   * Node-side loaders and packs give).
   */
  constructor(
    data: Pick<CompiledDataset, 'entities' | 'ambiguousNames' | 'namesakeNames' | 'names' | 'asOf'> & { events: readonly (CompiledEvent | Event)[] },
    tables: readonly EventTable[] = [],
  ) {
    this.entities = data.entities;
    this.events = data.events;
    data.entities.forEach((e, i) => this.index.set(e.id, i));
    const fold = (n: string) => foldLowerString(n.normalize('NFC'));
    this.namesakes = new Set((data.namesakeNames ?? []).map(fold));
    this.ambiguous = new Set([...data.ambiguousNames.map(fold), ...this.namesakes]);
    this.eventsOf = data.entities.map(() => []);
    // Sized once, so that V8 keeps them as plain arrays (growing one by setting its length makes it a slow dictionary).
    const total = data.events.length + tables.reduce((n, t) => n + t.count, 0);
    this.slots = new Array<EventFacts | undefined>(total).fill(undefined);
    this.eventEntities = new Array<number[] | undefined>(total).fill(undefined);
    data.events.forEach((ev, i) => {
      const ids = namesByPosition(ev.entities) ? ev.entities : ev.entities.flatMap((id) => this.index.get(id) ?? []);
      for (const e of ids) this.eventsOf[e]!.push(i);
      this.slots[i] = ev;
      this.eventEntities[i] = ids;
    });
    // The dataset's own date, or the newest event (a pack can run later than the bundled data).
    let asOf = data.events.reduce((newest, ev) => (ev.date > newest ? ev.date : newest), data.asOf ?? '');
    let first = data.events.length;
    this.tables = tables.map((table) => {
      const entityIndexes = Int32Array.from(table.entityIds, (id) => this.index.get(id) ?? -1);
      if (table.newest > asOf) asOf = table.newest;
      const placed = { table, first, entityIndexes };
      first += table.count;
      return placed;
    });
    this.eventCount = first;
    this.allEventsOf = tables.length === 0 ? this.eventsOf : new Array<readonly number[] | undefined>(data.entities.length).fill(undefined);
    this.asOf = asOf;
    // The build compiles the names of the bundled dataset; tests and the CLI, reading the YAML, compile them here.
    this.matcher = new Matcher(data.names ?? compileNames(namesOf(data.entities)));
  }

  /**
   * The packs' events by entity, in two passes over the tables' entity columns (count, then place), the first time a
   * scan or card needs them: with the whole Current Events record, 200,000 references that would otherwise be pushed
   * one by one into thousands of growing arrays as the worker starts.
   */
  private packIndex(): { starts: Int32Array; events: Int32Array } {
    if (this.packIndexed) return this.packIndexed;
    const n = this.entities.length;
    const starts = new Int32Array(n + 1);
    // The last event counted or placed for each entity: two ids of one event may name one entity, when a pack
    // replaced the one with the other, and the event is listed once.
    const last = new Int32Array(n).fill(-1);
    const each = (visit: (e: number, event: number) => void) => {
      for (const { table, first, entityIndexes } of this.tables) {
        const { entityStarts, entityRefs } = table;
        for (let i = 0; i < table.count; i++) {
          for (let k = entityStarts[i]!; k < entityStarts[i + 1]!; k++) {
            const e = entityIndexes[entityRefs[k]!]!;
            if (e < 0 || last[e] === first + i) continue;
            last[e] = first + i;
            visit(e, first + i);
          }
        }
      }
    };
    each((e) => starts[e + 1]!++);
    for (let e = 0; e < n; e++) starts[e + 1]! += starts[e]!;
    const events = new Int32Array(starts[n]!);
    const next = starts.slice(0, n);
    last.fill(-1);
    each((e, event) => (events[next[e]!++] = event));
    this.packIndexed = { starts, events };
    return this.packIndexed;
  }

  /** How many events name entity `e`, bundled and packs'. */
  private eventCountOf(e: number): number {
    if (this.tables.length === 0) return this.eventsOf[e]!.length;
    const { starts } = this.packIndex();
    return this.eventsOf[e]!.length + starts[e + 1]! - starts[e]!;
  }

  /** Every event index of entity `e`, bundled first, then each table's in order. */
  private eventsOfEntity(e: number): readonly number[] {
    let all = this.allEventsOf[e];
    if (!all) {
      const { starts, events } = this.packIndex();
      const list = this.eventsOf[e]!.slice();
      for (let k = starts[e]!; k < starts[e + 1]!; k++) list.push(events[k]!);
      this.allEventsOf[e] = all = list;
    }
    return all;
  }

  /** Which table holds event index `i`, and where in it. */
  private place(i: number): { table: number; index: number } {
    let t = this.tables.length - 1;
    while (t > 0 && this.tables[t]!.first > i) t--;
    return { table: t, index: i - this.tables[t]!.first };
  }

  private event(i: number): EventFacts {
    let ev = this.slots[i];
    if (!ev) {
      const { table, index } = this.place(i);
      ev = tableEvent(this.tables[table]!.table, index);
      this.slots[i] = ev;
    }
    return ev;
  }

  private entitiesOfEvent(i: number): number[] {
    let ids = this.eventEntities[i];
    if (!ids) {
      const { table: t, index } = this.place(i);
      const { table, entityIndexes } = this.tables[t]!;
      ids = [];
      for (let k = table.entityStarts[index]!; k < table.entityStarts[index + 1]!; k++) {
        const e = entityIndexes[table.entityRefs[k]!]!;
        if (e >= 0 && !ids.includes(e)) ids.push(e);
      }
      this.eventEntities[i] = ids;
    }
    return ids;
  }

  private dateOf(i: number): string {
    const ev = this.slots[i];
    if (ev) return ev.date;
    const { table, index } = this.place(i);
    return tableDate(this.tables[table]!.table, index);
  }

  /** Makes the events about to be ranked, so that ranking reads them from plain arrays. */
  private ranked(indexes: readonly number[]): { events: readonly EventFacts[]; eventEntities: readonly (readonly number[])[] } {
    if (this.tables.length > 0) {
      for (const i of indexes) {
        this.event(i);
        this.entitiesOfEvent(i);
      }
    }
    return { events: this.slots as readonly EventFacts[], eventEntities: this.eventEntities as readonly (readonly number[])[] };
  }

  /**
   * The events of a card or summary whose words are still in their pack's store: each with the table (in the order
   * the tables were given) and its index there. The worker reads them and fills in `summary` and `sources`.
   */
  untold(views: readonly EventView[]): { view: EventView; table: number; index: number }[] {
    return views.flatMap((view) => {
      const slot = this.viewSlots.get(view);
      return slot ? [{ view, ...slot }] : [];
    });
  }

  entityIndex(id: string): number | undefined {
    return this.index.get(id);
  }

  /** Finds and resolves the names in a page's text blocks; offsets are per block. */
  scan(segments: readonly string[]): PageScan {
    // Matching reads text without invisible characters and with accents composed; offsets go back to the page's text.
    const normalized = segments.map(normalizeForMatching);
    const texts = normalized.map((n) => n.text);
    const raw = texts.map((t) => this.matcher.scan(t));
    const { mentions, rejected } = resolve(
      { entities: this.entities, index: this.index, ambiguousNames: this.ambiguous, namesakeNames: this.namesakes, related: (a, b) => this.related(a, b), linked: (a, b) => this.linked(a, b), prominence: (e) => this.eventCountOf(e) },
      texts,
      raw,
    );
    const counts = new Map<number, number>();
    for (const m of mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    const entities = [...counts].map(([e, count]) => ({ ...this.entityView(e), count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    const original = <T extends { segment: number; start: number; end: number }>(m: T): T => {
      const n = normalized[m.segment]!;
      return { ...m, start: n.originalStart(m.start), end: n.originalEnd(m.end) };
    };
    return {
      mentions: mentions.map((m) => original({ segment: m.segment, start: m.start, end: m.end, entity: this.entities[m.entity]!.id, reason: m.reason })),
      rejected: rejected.map(original),
      entities,
    };
  }

  /** Every entity that some name in `text` could mean, before any resolution: "names it by any alias". */
  namesIn(text: string, ids = new Set<string>()): Set<string> {
    const normal = normalizeForMatching(text).text;
    for (const m of this.matcher.scan(normal)) {
      for (const t of m.targets) ids.add(this.entities[t.entity]!.id);
      // A longer name names what it contains too: "Constitutional Court of South Africa" names South Africa.
      const inner = normal.slice(m.start, m.end);
      const first = inner.indexOf(' ');
      const last = inner.lastIndexOf(' ');
      if (first > 0) this.namesIn(inner.slice(first + 1), ids);
      if (last > 0) this.namesIn(inner.slice(0, last), ids);
    }
    return ids;
  }

  /** One's country is the other, or they share an event: enough to let a bare surname stand. */
  linked(a: number, b: number): boolean {
    const ea = this.entities[a]!;
    const eb = this.entities[b]!;
    return ea.country === eb.id || eb.country === ea.id || this.partners(a, b);
  }

  /**
   * Whether two entities share an event, unless both are countries: nearly every pair of countries meets somewhere.
   * Asked only for names in doubt, so it is looked up when asked rather than indexed for every entity at start-up.
   */
  private partners(a: number, b: number): boolean {
    if (this.entities[a]!.type === 'country' && this.entities[b]!.type === 'country') return false;
    const [fewer, other] = this.eventCountOf(a) <= this.eventCountOf(b) ? [a, b] : [b, a];
    return this.eventsOfEntity(fewer).some((ev) => this.entitiesOfEvent(ev).includes(other));
  }

  /** `linked`, or one stands for the other, or both belong to one country (Atlanta and Georgia the state). */
  related(a: number, b: number): boolean {
    const ea = this.entities[a]!;
    const eb = this.entities[b]!;
    if (ea.standsFor === eb.id || eb.standsFor === ea.id) return true;
    if (ea.country !== undefined && ea.country === eb.country) return true;
    return this.linked(a, b);
  }

  private dated(): { asOf: string } {
    return { asOf: this.asOf };
  }

  /**
   * What a card, the popup or the scanner shows of an entity. A bundled entity in a starting worker comes without its
   * words (see `splitForWorker`): its view has an empty description and no link until `tellEntity` gives them, as an
   * event's view has an empty summary until its words are read.
   */
  entityView(index: number): EntityView {
    const e = this.entities[index]!;
    const view: EntityView = { id: e.id, name: e.name, type: e.type, description: '' };
    return e.description === undefined ? view : this.tellEntity(view, [e.description, e.wikipedia]);
  }

  /** Whether a view (of this engine's, or one stored with a tab's findings) still waits for its entity's words. */
  untoldEntity(view: EntityView): boolean {
    const i = this.index.get(view.id);
    return view.description === '' && i !== undefined && this.entities[i]!.description === undefined;
  }

  /** Gives a view its entity's description line and link, from the entity's words: answers the view. */
  tellEntity(view: EntityView, [description, wikipedia]: EntityText): EntityView {
    const i = this.index.get(view.id);
    if (i === undefined) return view; // an entity of a pack removed since its page was read
    view.description = describeEntity({ ...this.entities[i]!, description });
    if (wikipedia) view.url = wikipediaUrl(wikipedia);
    return view;
  }

  private context(pageEntities: readonly { id: string; count: number }[], published: string | null): PageContext & { storyKey: string } {
    const counts = new Map<number, number>();
    for (const p of pageEntities) {
      const i = this.index.get(p.id);
      if (i !== undefined) counts.set(i, p.count);
    }
    const reference = published ?? today();
    // What the page's stories depend on: its entities with their counts, and its date.
    const storyKey = `${reference} ${[...counts].map(([e, n]) => `${e}:${n}`).join(' ')}`;
    return { counts, maxCount: Math.max(1, ...counts.values()), reference, belongs: (a, b) => this.belongs(a, b), storyKey };
  }

  /** One is the other's country, or stands for it: Putin and Russia, the Kremlin and Russia. */
  private belongs(a: number, b: number): boolean {
    const ea = this.entities[a]!;
    const eb = this.entities[b]!;
    return ea.country === eb.id || eb.country === ea.id || ea.standsFor === eb.id || eb.standsFor === ea.id;
  }

  private eventView(index: number, reference: string): EventView {
    const ev = this.event(index);
    const view: EventView = {
      id: ev.id,
      date: ev.date,
      summary: ev.summary,
      entities: this.entitiesOfEvent(index).map((e) => ({ id: this.entities[e]!.id, name: this.entities[e]!.name, type: this.entities[e]!.type })),
      sources: ev.sources,
      relation: relationTo(ev.date, reference),
    };
    if (ev.story) view.story = ev.story;
    if (index >= this.events.length) this.viewSlots.set(view, this.place(index));
    return view;
  }

  private split(ranked: readonly { event: number }[], limit: number, reference: string): { before: EventView[]; since: EventView[] } {
    const views = ranked.slice(0, limit).map((r) => this.eventView(r.event, reference));
    const newestFirst = (a: EventView, b: EventView) => b.date.localeCompare(a.date);
    return {
      before: views.filter((v) => v.relation === 'before').sort(newestFirst),
      since: views.filter((v) => v.relation === 'after').sort(newestFirst),
    };
  }

  /**
   * How many entities of the page other than `focus` an event names, read from a table's columns for a pack event not
   * yet made. Ranking needs one of them for a card and two for the page's coverage and stories, so events without
   * them are left out before anything is made: with the whole Current Events record installed, a country has tens of
   * thousands of events, and all but a few share nothing else with the page.
   */
  private onPage(i: number, ctx: PageContext, focus?: number, mentions = 1): number {
    let n = 0;
    const made = this.eventEntities[i];
    if (made) {
      for (const e of made) if (e !== focus && (ctx.counts.get(e) ?? 0) >= mentions) n++;
      return n;
    }
    const { table: t, index } = this.place(i);
    const { table, entityIndexes } = this.tables[t]!;
    for (let k = table.entityStarts[index]!; k < table.entityStarts[index + 1]!; k++) {
      const e = entityIndexes[table.entityRefs[k]!]!;
      if (e >= 0 && e !== focus && (ctx.counts.get(e) ?? 0) >= mentions) n++;
    }
    return n;
  }

  private storyOf(i: number): string | undefined {
    const ev = this.slots[i];
    if (ev) return ev.story;
    const { table: t, index } = this.place(i);
    const { table } = this.tables[t]!;
    const ref = table.storyRefs[index]!;
    return ref ? table.stories[ref - 1] : undefined;
  }

  /** The `n` newest of some events, newest first, without sorting them all. */
  private newest(indexes: readonly number[], n: number): number[] {
    const top: { event: number; date: string }[] = [];
    for (const event of indexes) {
      const date = this.dateOf(event);
      if (top.length === n && date <= top[n - 1]!.date) continue;
      let at = top.findIndex((t) => date > t.date);
      if (at < 0) at = top.length;
      top.splice(at, 0, { event, date });
      if (top.length > n) top.pop();
    }
    return top.map((t) => t.event);
  }

  /** The card for one entity, its events chosen for the page it was found on. */
  card(entityId: string, pageEntities: readonly { id: string; count: number }[], published: string | null): Card | undefined {
    const focus = this.index.get(entityId);
    if (focus === undefined) return undefined;
    const ctx = this.context(pageEntities, published);
    const own = this.eventsOfEntity(focus);
    const ranked = this.relatedTo(focus, ctx);
    // Nothing above the floor: fewer items beat wrong ones; the card shows the entity's own latest events, and says so.
    const shown = ranked.length > 0 ? ranked : this.newest(own, CARD_EVENTS).map((event) => ({ event }));
    return {
      entity: this.entityView(focus),
      reference: ctx.reference,
      published,
      ...this.split(shown, CARD_EVENTS, ctx.reference),
      asOf: this.asOf,
      history: monthlyHistory(own.map((e) => this.dateOf(e))),
      related: ranked.length > 0,
    };
  }

  /** An entity's events above the relevance floor, best first for the page. */
  private relatedTo(focus: number, ctx: PageContext & { storyKey: string }): Scored[] {
    const stories = this.stories(ctx);
    // Only events of the page's stories or above the floor are ranked (`rankForEntity` asks the same): the others
    // are left out before they are made.
    const own = this.eventsOfEntity(focus).filter((i) => stories.has(this.storyOf(i) ?? '') || (this.onPage(i, ctx, focus) >= 1 && closelyRelated(this.entitiesOfEvent(i), ctx, focus)));
    const { events, eventEntities } = this.ranked(own);
    return rankForEntity(focus, own, events, eventEntities, ctx, stories);
  }

  /** Events that connect two or more of the page's entities: the only ones its stories and coverage rest on. */
  private connecting(ctx: PageContext): number[] {
    if (this.tables.length === 0) return this.candidates(ctx).filter((i) => this.onPage(i, ctx) >= 2);
    // With packs, tens of thousands of candidates: count each event's page entities by walking the page entities'
    // lists (an event is listed once per entity), then keep those with two, in the order `candidates` gives them.
    // The lists are read in place (bundled, then the packs' index), not copied.
    const { starts, events } = this.packIndex();
    const seen = new Uint8Array(this.eventCount);
    for (const e of ctx.counts.keys()) {
      for (const ev of this.eventsOf[e]!) if (seen[ev]! < 2) seen[ev]!++;
      for (let k = starts[e]!; k < starts[e + 1]!; k++) if (seen[events[k]!]! < 2) seen[events[k]!]!++;
    }
    const out: number[] = [];
    for (const e of ctx.counts.keys()) {
      for (const ev of this.eventsOf[e]!) {
        if (seen[ev] === 2) out.push(ev);
        seen[ev] = 0; // listed: later entities' lists skip it, as the set of candidates does
      }
      for (let k = starts[e]!; k < starts[e + 1]!; k++) {
        const ev = events[k]!;
        if (seen[ev] === 2) out.push(ev);
        seen[ev] = 0;
      }
    }
    return out;
  }

  /** The page's stories, as `pageStories` finds them among the events of a story that connect its entities. */
  private stories(ctx: PageContext & { storyKey: string }): ReadonlySet<string> {
    const cached = this.storyCache.get(ctx.storyKey);
    if (cached) return cached;
    // `pageStories` reads only events of a story that name two salient entities of the page: the others are left
    // out before they are made.
    const connecting = this.connecting(ctx).filter((i) => this.storyOf(i) !== undefined && this.onPage(i, ctx, undefined, SALIENT_MENTIONS) >= 2);
    const { events, eventEntities } = this.ranked(connecting);
    const stories = pageStories(connecting, events, eventEntities, ctx);
    if (this.storyCache.size >= STORY_CACHE) this.storyCache.delete(this.storyCache.keys().next().value!);
    this.storyCache.set(ctx.storyKey, stories);
    return stories;
  }

  /** Every event of an entity the page names. */
  private candidates(ctx: PageContext): number[] {
    const candidates = new Set<number>();
    for (const e of ctx.counts.keys()) for (const ev of this.eventsOfEntity(e)) candidates.add(ev);
    return [...candidates];
  }

  private coverage(ctx: PageContext & { storyKey: string }): Scored[] {
    const stories = this.stories(ctx);
    const connecting = this.connecting(ctx);
    const { events, eventEntities } = this.ranked(connecting);
    return rankForPage(connecting, events, eventEntities, ctx, stories);
  }

  /**
   * Event ids in rank order, before the card and the popup sort them by date: the card's related events for
   * `entityId` (empty below the relevance floor), or the page's related coverage without one. What relevance is
   * judged on.
   */
  rankedIds(pageEntities: readonly { id: string; count: number }[], published: string | null, entityId?: string): string[] {
    const ctx = this.context(pageEntities, published);
    const focus = entityId === undefined ? undefined : this.index.get(entityId);
    if (entityId !== undefined && focus === undefined) return [];
    const ranked = focus === undefined ? this.coverage(ctx) : this.relatedTo(focus, ctx);
    return ranked.slice(0, focus === undefined ? PAGE_EVENTS : CARD_EVENTS).map((s) => this.event(s.event).id);
  }

  /** Everything found on a page, and the coverage that connects it. */
  pageSummary(page: { url: string; title: string; published: string | null }, entities: readonly PageEntity[]): PageSummary {
    const ctx = this.context(entities, page.published);
    const history = monthlyHistory(this.candidates(ctx).map((e) => this.dateOf(e)));
    return { ...page, entities: [...entities], ...this.split(this.coverage(ctx), PAGE_EVENTS, ctx.reference), ...this.dated(), history };
  }
}
