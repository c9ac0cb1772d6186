import type { CompiledDataset } from '../core/dataset/compiled';
import { tableId, type EventTable } from '../core/dataset/event-table';
import type { InstalledPack } from '../core/dataset/installed-pack';
import { compileNames } from '../core/matcher/matcher';
import { namesOf } from '../core/resolve/names';

/**
 * The bundled dataset with every installed pack's entities joined in, their names compiled here, and the packs'
 * event tables beside it (in the order given), for `new Engine(dataset, tables)`. An entity a pack replaces is left
 * out, and events that named it name its replacement; names a pack marks ambiguous join the bundled ones. Pure, so
 * that it is tested without a browser.
 */
export function mergePacks(data: CompiledDataset, packs: readonly Pick<InstalledPack, 'header' | 'entities' | 'table'>[]): { dataset: CompiledDataset; tables: EventTable[] } {
  if (packs.length === 0) return { dataset: data, tables: [] };
  const added = packs.flatMap((p) => p.entities);
  const ambiguousNames = [...data.ambiguousNames, ...packs.flatMap((p) => p.header.ambiguousNames ?? [])];
  const replacedBy = new Map(added.flatMap((e) => (e.replaces ? [[e.replaces, e.id] as const] : [])));
  const tables = packs.map((p) => p.table);
  if (replacedBy.size === 0) {
    const entities = [...data.entities, ...added];
    const names = [...(data.names ?? compileNames(namesOf(data.entities))), ...compileNames(namesOf(entities, data.entities.length))];
    return { dataset: { ...data, entities, ambiguousNames, names }, tables };
  }
  // A replacement changes the bundled entities' positions, so every name is compiled again: only when a pack asks for it.
  const entities = [...data.entities.filter((e) => !replacedBy.has(e.id)), ...added];
  const repoint = (id: string) => replacedBy.get(id) ?? id;
  const events = data.events.map((ev) => (ev.entities.some((id) => replacedBy.has(id)) ? { ...ev, entities: [...new Set(ev.entities.map(repoint))] } : ev));
  // A table names its entities once each, so repointing them is one pass over that short list.
  return {
    dataset: { ...data, entities, events, ambiguousNames, names: compileNames(namesOf(entities)) },
    tables: tables.map((t) => (t.entityIds.some((id) => replacedBy.has(id)) ? { ...t, entityIds: t.entityIds.map(repoint) } : t)),
  };
}

/** Every event id of a merged dataset: a pack may not reuse one. */
export function eventIdsOf({ dataset, tables }: { dataset: CompiledDataset; tables: readonly EventTable[] }): Set<string> {
  const ids = new Set(dataset.events.map((e) => e.id));
  for (const t of tables) for (let i = 0; i < t.count; i++) ids.add(tableId(t, i));
  return ids;
}
