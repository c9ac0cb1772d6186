import { commonWordProblem, foldName } from './common-words';
import { dateSpan, type InstalledPack } from './installed-pack';
import type { CompiledEntity, Entity, Event, Problem } from './types';
import { validateDataset } from './validate';

/**
 * A pack: entities and events from one source (our bundled dataset, an import of the Wikipedia Current Events
 * record, a reader's own file), with its licence and attribution. JSON; its schema is `schemas/backstory-pack.schema.json`.
 */
export interface Pack {
  format: 'backstory-pack';
  version: 1;
  name: string;
  /** ISO date-time the pack was made. */
  created: string;
  license: string;
  attribution: string;
  /** Names of this pack's entities that are also common words or other things: linked only with evidence from the page. */
  ambiguousNames?: string[];
  entities: PackEntity[];
  events: Event[];
}

/** A pack's entity; `replaces` names the installed entity it takes the place of, names, id and events. */
export interface PackEntity extends Entity {
  replaces?: string;
}

/**
 * A pack file is refused above this size before it is read: parsing and sending it would stall the options page. The
 * whole Current Events record (2002 to 2026, about 100,000 events) imports as a pack of about 48 MB.
 */
export const MAX_PACK_BYTES = 64 * 1024 * 1024;

export interface PackInfo {
  id: string;
  name: string;
  created: string;
  license: string;
  attribution: string;
  entityCount: number;
  eventCount: number;
  /** Earliest and latest event dates, or null for a pack without events. */
  from: string | null;
  to: string | null;
  /** Installed entities this pack replaces. */
  replaces: { id: string; name: string; by: string }[];
  /** Names the pack marks ambiguous. */
  ambiguousNames: string[];
}

/** What checking a pack found: its problems, or what installing it would add and override. */
export type PackCheck = { ok: true; pack: PackInfo } | { ok: false; problems: string[] };

const HEADER_FIELDS = ['format', 'version', 'name', 'created', 'license', 'attribution', 'ambiguousNames', 'entities', 'events'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates a parsed pack. `known` holds the entities already installed (the bundled dataset and other packs): a
 * pack's events may name them, and its own entities may not reuse their ids or names unless they say so.
 */
export interface Installed {
  entities: ReadonlyMap<string, CompiledEntity>;
  eventIds: ReadonlySet<string>;
}

const NOTHING_INSTALLED: Installed = { entities: new Map(), eventIds: new Set() };

/** Takes `replaces` out of each raw entity, so that the shared entity check sees only its own fields. */
function splitReplaces(records: unknown[]): { records: unknown[]; replaces: Map<string, unknown> } {
  const replaces = new Map<string, unknown>();
  const plain = records.map((raw) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || !('replaces' in raw)) return raw;
    const { replaces: target, ...rest } = raw as Record<string, unknown>;
    if (typeof rest.id === 'string') replaces.set(rest.id, target);
    return rest;
  });
  return { records: plain, replaces };
}

/** Folded name → the installed entities that carry it. */
function namesOfInstalled(known: ReadonlyMap<string, CompiledEntity>): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const e of known.values()) {
    for (const n of new Set([e.name, ...e.aliases, ...(e.demonyms ?? [])].map(foldName))) {
      const list = owners.get(n);
      if (list) list.push(e.id);
      else owners.set(n, [e.id]);
    }
  }
  return owners;
}

export function validatePack(raw: unknown, file: string, installed: Installed = NOTHING_INSTALLED): { pack?: Pack; problems: Problem[] } {
  const known = installed.entities;
  const problems: Problem[] = [];
  const fail = (field: string, message: string) => problems.push({ file, record: '(pack)', field, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fail('(file)', 'must be a JSON object with "format": "backstory-pack"');
    return { problems };
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!(HEADER_FIELDS as readonly string[]).includes(key)) fail(key, 'is not a known field');
  if (r.format !== 'backstory-pack') fail('format', 'must be "backstory-pack"');
  if (r.version !== 1) fail('version', 'must be 1');
  for (const key of ['name', 'license', 'attribution'] as const) {
    if (typeof r[key] !== 'string' || !(r[key] as string).trim()) fail(key, 'must be a non-empty string');
  }
  if (typeof r.created !== 'string' || Number.isNaN(Date.parse(r.created))) fail('created', 'must be an ISO date-time');
  for (const key of ['entities', 'events'] as const) if (!Array.isArray(r[key])) fail(key, 'must be a list');
  const ambiguousNames = r.ambiguousNames ?? [];
  if (!Array.isArray(ambiguousNames) || !ambiguousNames.every((n) => typeof n === 'string' && n.trim())) fail('ambiguousNames', 'must be a list of names');
  if (problems.length) return { problems };

  const { records, replaces } = splitReplaces(r.entities as unknown[]);
  const { dataset, problems: found } = validateDataset([{ file: `${file} entities`, records }], [{ file: `${file} events`, records: r.events }], known);
  for (const p of found) problems.push({ ...p, file });
  const ambiguous = new Set((ambiguousNames as string[]).map(foldName));
  const installedNames = namesOfInstalled(known);
  const replaced = new Map<string, string>();
  const entities: PackEntity[] = dataset.entities.map((e) => {
    const problem = (field: string, message: string) => problems.push({ file, record: e.id, field, message });
    const target = replaces.get(e.id);
    if (target !== undefined) {
      if (typeof target !== 'string' || !ID.test(target)) problem('replaces', 'must be the id of an installed entity');
      else if (!known.has(target)) problem('replaces', `names unknown entity "${target}"`);
      else if (replaced.has(target)) problem('replaces', `"${target}" is already replaced by ${replaced.get(target)}`);
      else replaced.set(target, e.id);
    }
    const takes = typeof target === 'string' ? target : undefined;
    if (known.has(e.id) && takes !== e.id) problem('id', `is already defined by an installed dataset; add "replaces": "${e.id}" to replace that entity`);
    const names: [string, string][] = [['name', e.name], ...e.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]), ...(e.demonyms ?? []).map((d, i): [string, string] => [`demonyms[${i}]`, d])];
    for (const [field, name] of names) {
      const folded = foldName(name);
      if (ambiguous.has(folded)) continue;
      const common = commonWordProblem(name);
      if (common) problem(field, `"${name}" ${common}: list it in "ambiguousNames" to link it only with evidence from the page`);
      const owners = (installedNames.get(folded) ?? []).filter((id) => id !== takes && id !== e.id);
      if (owners.length) problem(field, `"${name}" is a name of installed entity "${owners[0]}": add "replaces": "${owners[0]}" to take its place, or list the name in "ambiguousNames"`);
    }
    return takes === undefined ? e : { ...e, replaces: takes };
  });
  for (const e of dataset.events) if (installed.eventIds.has(e.id)) problems.push({ file, record: e.id, field: 'id', message: 'is already defined by an installed dataset' });
  if (problems.length) return { problems };
  const pack: Pack = {
    format: 'backstory-pack',
    version: 1,
    name: r.name as string,
    created: r.created as string,
    license: r.license as string,
    attribution: r.attribution as string,
    entities,
    events: dataset.events,
  };
  if ((ambiguousNames as string[]).length) pack.ambiguousNames = ambiguousNames as string[];
  return { pack, problems: [] };
}

export function packInfo(pack: Pick<InstalledPack, 'header' | 'entities' | 'table'>, id: string, installed: ReadonlyMap<string, CompiledEntity> = new Map()): PackInfo {
  const { header, table } = pack;
  return {
    id,
    name: header.name,
    created: header.created,
    license: header.license,
    attribution: header.attribution,
    entityCount: pack.entities.length,
    eventCount: table.count,
    ...dateSpan(table),
    replaces: pack.entities.flatMap((e) => (e.replaces ? [{ id: e.replaces, name: installed.get(e.replaces)?.name ?? e.replaces, by: e.name }] : [])),
    ambiguousNames: header.ambiguousNames ?? [],
  };
}
