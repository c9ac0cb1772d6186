import { ENTITY_TYPES, type CompiledEntity, type Dataset, type Entity, type Event, type Problem, type Role, type Source } from './types';

/**
 * Checks raw records (parsed YAML or JSON, so `unknown`) against the dataset schema.
 * Every problem is reported, not just the first, so one run shows a writer all there is to fix.
 */

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
/** A Wikidata item id: the generators check their sources' ids with it too. */
export const WIKIDATA = /^Q[1-9]\d*$/;
export const MAX_SUMMARY = 240;
export const MAX_DESCRIPTION = 200;

type Raw = Record<string, unknown>;

export interface RecordsOf<T> {
  file: string;
  records: unknown;
  /** Filled with the valid records. */
  valid?: T[];
}

/**
 * A combining mark joins the character before it: at the start of a name or title it is a slip in a source (an alias
 * that can never match, a link to no article).
 */
const startsWithMark = (value: string) => /^\p{M}/u.test(value);
const STARTS_WITH_MARK = 'begins with a combining mark, which belongs to no character';

class Checker {
  readonly problems: Problem[] = [];
  constructor(
    private readonly file: string,
    private readonly record: string,
  ) {}
  fail(field: string, message: string): void {
    this.problems.push({ file: this.file, record: this.record, field, message });
  }
  string(raw: Raw, field: string, opts: { optional?: boolean; max?: number; pattern?: RegExp; what?: string } = {}): string | undefined {
    const value = raw[field];
    if (value === undefined || value === null) {
      if (!opts.optional) this.fail(field, 'is missing');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.fail(field, `must be a string, not ${describe(value)}`);
      return undefined;
    }
    if (value.trim() === '') {
      this.fail(field, 'is empty');
      return undefined;
    }
    if (value !== value.trim()) this.fail(field, 'has spaces at the start or end');
    if (/[\r\n]/.test(value)) this.fail(field, 'must be one line');
    if (startsWithMark(value)) this.fail(field, STARTS_WITH_MARK);
    if (opts.max !== undefined && [...value].length > opts.max) {
      this.fail(field, `is ${[...value].length} characters long; at most ${opts.max}`);
    }
    if (opts.pattern && !opts.pattern.test(value)) this.fail(field, `"${value}" is not ${opts.what ?? 'valid'}`);
    return value;
  }
  strings(raw: Raw, field: string, opts: { optional?: boolean; minItems?: number } = {}): string[] {
    const value = raw[field];
    if (value === undefined || value === null) {
      if (!opts.optional) this.fail(field, 'is missing');
      return [];
    }
    if (!Array.isArray(value)) {
      this.fail(field, `must be a list, not ${describe(value)}`);
      return [];
    }
    const out: string[] = [];
    value.forEach((item, i) => {
      if (typeof item !== 'string' || item.trim() === '') this.fail(`${field}[${i}]`, 'must be a non-empty string');
      else if (startsWithMark(item)) this.fail(`${field}[${i}]`, STARTS_WITH_MARK);
      else out.push(item);
    });
    if (opts.minItems !== undefined && out.length < opts.minItems) this.fail(field, `needs at least ${opts.minItems}`);
    return out;
  }
  unknownFields(raw: Raw, known: readonly string[]): void {
    for (const key of Object.keys(raw)) if (!known.includes(key)) this.fail(key, 'is not a known field');
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value;
}

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function recordId(raw: unknown, index: number): string {
  return isRaw(raw) && typeof raw.id === 'string' && raw.id ? raw.id : `#${index + 1}`;
}

const ENTITY_FIELDS = ['id', 'type', 'name', 'aliases', 'description', 'wikidata', 'wikipedia', 'country', 'demonyms', 'standsFor', 'division', 'roles'] as const;
const ROLE_FIELDS = ['title', 'of', 'from', 'to'];
const ROLE_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function checkRoles(c: Checker, raw: Raw, type: string | undefined): Role[] {
  if (raw.roles === undefined) return [];
  if (type !== 'person') c.fail('roles', 'only people have roles');
  if (!Array.isArray(raw.roles)) {
    c.fail('roles', `must be a list, not ${describe(raw.roles)}`);
    return [];
  }
  const roles: Role[] = [];
  raw.roles.forEach((item, i) => {
    const field = `roles[${i}]`;
    if (!isRaw(item)) {
      c.fail(field, `must be a map with title and from, not ${describe(item)}`);
      return;
    }
    for (const key of Object.keys(item)) if (!ROLE_FIELDS.includes(key)) c.fail(`${field}.${key}`, 'is not a known field');
    const asText = (v: unknown) => (typeof v === 'number' ? String(v) : v);
    const at = (key: string, value: unknown) => ({ [`${field}.${key}`]: asText(value) });
    const title = c.string(at('title', item.title), `${field}.title`, { max: 120 });
    const of = c.string(at('of', item.of), `${field}.of`, { optional: true, pattern: ID, what: 'an entity id' });
    const dateRule = { pattern: ROLE_DATE, what: 'a date (YYYY, YYYY-MM or YYYY-MM-DD)' };
    const from = c.string(at('from', item.from), `${field}.from`, dateRule);
    const to = c.string(at('to', item.to), `${field}.to`, { optional: true, ...dateRule });
    if (from && to && to < from.slice(0, to.length)) c.fail(`${field}.to`, `${to} is before from (${from})`);
    if (!title || !from) return;
    const role: Role = { title, from };
    if (of) role.of = of;
    if (to) role.to = to;
    roles.push(role);
  });
  return roles;
}

export function validateEntity(raw: unknown, file: string, index: number): { entity?: Entity; problems: Problem[] } {
  const c = new Checker(file, recordId(raw, index));
  if (!isRaw(raw)) {
    c.fail('(record)', `must be a map of fields, not ${describe(raw)}`);
    return { problems: c.problems };
  }
  c.unknownFields(raw, ENTITY_FIELDS);
  const id = c.string(raw, 'id', { pattern: ID, what: 'a lower-case slug (a-z, 0-9 and single dashes)' });
  const type = c.string(raw, 'type');
  if (type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    c.fail('type', `"${type}" is not one of ${ENTITY_TYPES.join(', ')}`);
  }
  const name = c.string(raw, 'name', { max: 120 });
  const aliases = c.strings(raw, 'aliases');
  const description = c.string(raw, 'description', { max: MAX_DESCRIPTION });
  const wikidata = c.string(raw, 'wikidata', { optional: true, pattern: WIKIDATA, what: 'a Wikidata id (Q followed by digits)' });
  const wikipedia = c.string(raw, 'wikipedia', { optional: true, max: 200 });
  const country = c.string(raw, 'country', { optional: true, pattern: ID, what: 'an entity id' });
  const demonyms = c.strings(raw, 'demonyms', { optional: true });
  if (raw.demonyms !== undefined && type !== 'country') c.fail('demonyms', 'only countries have demonyms');
  const standsFor = c.string(raw, 'standsFor', { optional: true, pattern: ID, what: 'an entity id' });
  const division = c.string(raw, 'division', { optional: true, pattern: ID, what: 'an entity id' });
  if (raw.division !== undefined && type !== 'place') c.fail('division', 'only places lie in a division');
  const roles = checkRoles(c, raw, type);
  if (c.problems.length > 0 || !id || !name || !description) return { problems: c.problems };
  const entity: Entity = { id, type: type as Entity['type'], name, aliases, description };
  if (wikidata) entity.wikidata = wikidata;
  if (wikipedia) entity.wikipedia = wikipedia;
  if (country) entity.country = country;
  if (demonyms.length) entity.demonyms = demonyms;
  if (standsFor) entity.standsFor = standsFor;
  if (division) entity.division = division;
  if (roles.length) entity.roles = roles;
  return { entity, problems: [] };
}

const EVENT_FIELDS = ['id', 'date', 'summary', 'entities', 'story', 'importance', 'sources'] as const;
const SOURCE_FIELDS = ['outlet', 'title', 'url'] as const;

export function isValidDate(date: string): boolean {
  const m = DATE.exec(date);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function checkSource(c: Checker, raw: unknown, field: string): Source | undefined {
  if (!isRaw(raw)) {
    c.fail(field, `must be a map with a url, not ${describe(raw)}`);
    return undefined;
  }
  for (const key of Object.keys(raw)) if (!(SOURCE_FIELDS as readonly string[]).includes(key)) c.fail(`${field}.${key}`, 'is not a known field');
  const url = typeof raw.url === 'string' ? raw.url : undefined;
  if (!url) {
    c.fail(`${field}.url`, 'is missing');
    return undefined;
  }
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    c.fail(`${field}.url`, `"${url}" is not a URL`);
    return undefined;
  }
  if (parsed.protocol !== 'https:') c.fail(`${field}.url`, `"${url}" must be https`);
  if (parsed.username || parsed.password) c.fail(`${field}.url`, `"${url}" must not carry a user name or password`);
  // Stored as the browser parsed it, so the link a reader follows is the one that was checked.
  const source: Source = { url: parsed.href };
  for (const key of ['outlet', 'title'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !value.trim()) c.fail(`${field}.${key}`, 'must be a non-empty string');
    else source[key] = value;
  }
  return source;
}

export function validateEvent(raw: unknown, file: string, index: number): { event?: Event; problems: Problem[] } {
  const c = new Checker(file, recordId(raw, index));
  if (!isRaw(raw)) {
    c.fail('(record)', `must be a map of fields, not ${describe(raw)}`);
    return { problems: c.problems };
  }
  c.unknownFields(raw, EVENT_FIELDS);
  const id = c.string(raw, 'id', { pattern: ID, what: 'a lower-case slug (a-z, 0-9 and single dashes)' });
  // YAML turns an unquoted 2024-06-19 into a Date; accept it as the date it spells.
  const rawDate = raw.date instanceof Date ? raw.date.toISOString().slice(0, 10) : raw.date;
  const date = c.string({ date: rawDate }, 'date');
  if (date !== undefined && !isValidDate(date)) c.fail('date', `"${date}" is not a date of the form YYYY-MM-DD or YYYY-MM`);
  const summary = c.string(raw, 'summary', { max: MAX_SUMMARY });
  const entities = c.strings(raw, 'entities', { minItems: 1 });
  const story = c.string(raw, 'story', { optional: true, max: 200 });
  const importance = raw.importance;
  if (importance !== undefined && !(importance === 1 || importance === 2 || importance === 3)) {
    c.fail('importance', 'must be 1, 2 or 3');
  }
  const sources: Source[] = [];
  if (!Array.isArray(raw.sources) || raw.sources.length === 0) c.fail('sources', 'needs at least one source with a url');
  else raw.sources.forEach((s, i) => {
    const source = checkSource(c, s, `sources[${i}]`);
    if (source) sources.push(source);
  });
  if (c.problems.length > 0 || !id || !date || !summary) return { problems: c.problems };
  const event: Event = { id, date, summary, entities, sources };
  if (story) event.story = story;
  if (typeof importance === 'number') event.importance = importance;
  return { event, problems: [] };
}

export interface SourceFile {
  file: string;
  records: unknown;
}

/**
 * Validates whole files of entities and events, then the links between them: unique ids, every entity an event
 * names exists, every `country`/`standsFor` points at an entity. `known` holds entities defined elsewhere (an
 * installed dataset, for a pack that refers to its entities).
 */
export function validateDataset(
  entityFiles: SourceFile[],
  eventFiles: SourceFile[],
  known: ReadonlyMap<string, CompiledEntity> = new Map(),
): { dataset: Dataset; problems: Problem[] } {
  const problems: Problem[] = [];
  const entities: Entity[] = [];
  const events: Event[] = [];
  const entityFile = new Map<string, string>();
  const eventFile = new Map<string, string>();
  const eachRecord = (f: SourceFile, visit: (raw: unknown, index: number) => void) => {
    if (f.records === null || f.records === undefined) return; // an empty file
    if (!Array.isArray(f.records)) {
      problems.push({ file: f.file, record: '(file)', field: '(file)', message: 'must be a list of records' });
      return;
    }
    f.records.forEach(visit);
  };
  // Ids of entities with other problems still count as defined: their events should not report them as unknown too.
  const declared = new Set<string>();
  for (const f of entityFiles) {
    eachRecord(f, (raw, i) => {
      if (isRaw(raw) && typeof raw.id === 'string') declared.add(raw.id);
      const { entity, problems: p } = validateEntity(raw, f.file, i);
      problems.push(...p);
      if (!entity) return;
      const first = entityFile.get(entity.id);
      if (first !== undefined) {
        problems.push({ file: f.file, record: entity.id, field: 'id', message: `is already defined in ${first}` });
        return;
      }
      entityFile.set(entity.id, f.file);
      entities.push(entity);
    });
  }
  // Links are checked on every record, valid or not, so one run reports all there is to fix.
  const eventLinks: { file: string; id: string; entities: unknown[] }[] = [];
  for (const f of eventFiles) {
    eachRecord(f, (raw, i) => {
      const { event, problems: p } = validateEvent(raw, f.file, i);
      problems.push(...p);
      if (isRaw(raw) && Array.isArray(raw.entities)) eventLinks.push({ file: f.file, id: recordId(raw, i), entities: raw.entities });
      if (!event) return;
      const first = eventFile.get(event.id);
      if (first !== undefined) {
        problems.push({ file: f.file, record: event.id, field: 'id', message: `is already defined in ${first}` });
        return;
      }
      eventFile.set(event.id, f.file);
      events.push(event);
    });
  }
  const exists = (id: string) => declared.has(id) || known.has(id);
  for (const e of entities) {
    const file = entityFile.get(e.id) ?? '';
    for (const field of ['country', 'standsFor', 'division'] as const) {
      const target = e[field];
      if (target !== undefined && !exists(target)) problems.push({ file, record: e.id, field, message: `names unknown entity "${target}"` });
    }
  }
  for (const e of entities) {
    const file = entityFile.get(e.id) ?? '';
    e.roles?.forEach((r, i) => {
      if (r.of !== undefined && !exists(r.of)) problems.push({ file, record: e.id, field: `roles[${i}].of`, message: `names unknown entity "${r.of}"` });
    });
  }
  problems.push(...staleRoles(entities, entityFile));
  for (const { file, id, entities: ids } of eventLinks) {
    ids.forEach((target, i) => {
      if (typeof target === 'string' && !exists(target)) problems.push({ file, record: id, field: `entities[${i}]`, message: `names unknown entity "${target}"` });
    });
    if (new Set(ids).size !== ids.length) problems.push({ file, record: id, field: 'entities', message: 'lists an entity twice' });
  }
  return { dataset: { entities, events }, problems };
}

/**
 * A role without an end is stale when another person holds the same office (same title, same `of`) from a later
 * date: the record then shows a successor, so the first holder's role must say when it ended.
 */
export function staleRoles(entities: readonly Entity[], entityFile: ReadonlyMap<string, string> = new Map()): Problem[] {
  const holders = new Map<string, { id: string; from: string }[]>();
  const office = (r: Role) => `${r.title}\u0000${r.of ?? ''}`;
  for (const e of entities) for (const r of e.roles ?? []) holders.set(office(r), [...(holders.get(office(r)) ?? []), { id: e.id, from: r.from }]);
  const problems: Problem[] = [];
  for (const e of entities) {
    e.roles?.forEach((r, i) => {
      if (r.to !== undefined) return;
      const later = (holders.get(office(r)) ?? []).find((h) => h.id !== e.id && h.from.slice(0, 4) > r.from.slice(0, 4));
      if (later) {
        problems.push({ file: entityFile.get(e.id) ?? '', record: e.id, field: `roles[${i}].to`, message: `is missing: ${later.id} holds "${r.title}" from ${later.from}` });
      }
    });
  }
  return problems;
}
