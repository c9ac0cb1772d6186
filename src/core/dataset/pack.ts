import type { Entity, Event, Problem } from './types';
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
  entities: Entity[];
  events: Event[];
}

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
}

const HEADER_FIELDS = ['format', 'version', 'name', 'created', 'license', 'attribution', 'entities', 'events'] as const;

/**
 * Validates a parsed pack. `known` holds the entities already installed (the bundled dataset and other packs): a
 * pack's events may name them, and its own entities may not reuse their ids.
 */
export interface Installed {
  entities: ReadonlyMap<string, Entity>;
  eventIds: ReadonlySet<string>;
}

const NOTHING_INSTALLED: Installed = { entities: new Map(), eventIds: new Set() };

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
  if (problems.length) return { problems };

  const { dataset, problems: found } = validateDataset(
    [{ file: `${file} entities`, records: r.entities }],
    [{ file: `${file} events`, records: r.events }],
    known,
  );
  for (const p of found) problems.push({ ...p, file });
  for (const e of dataset.entities) if (known.has(e.id)) problems.push({ file, record: e.id, field: 'id', message: 'is already defined by an installed dataset' });
  for (const e of dataset.events) if (installed.eventIds.has(e.id)) problems.push({ file, record: e.id, field: 'id', message: 'is already defined by an installed dataset' });
  if (problems.length) return { problems };
  return {
    pack: {
      format: 'backstory-pack',
      version: 1,
      name: r.name as string,
      created: r.created as string,
      license: r.license as string,
      attribution: r.attribution as string,
      entities: dataset.entities,
      events: dataset.events,
    },
    problems: [],
  };
}

export function packInfo(pack: Pack, id: string): PackInfo {
  const dates = pack.events.map((e) => e.date).sort();
  return {
    id,
    name: pack.name,
    created: pack.created,
    license: pack.license,
    attribution: pack.attribution,
    entityCount: pack.entities.length,
    eventCount: pack.events.length,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
  };
}
