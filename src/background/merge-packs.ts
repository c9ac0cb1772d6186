import type { CompiledDataset, WholeDataset } from '../core/dataset/compiled';
import { tableId, type EventTable } from '../core/dataset/event-table';
import type { InstalledPack } from '../core/dataset/installed-pack';
import { positionsIn } from '../core/dataset/positions';
import { compileNames } from '../core/matcher/matcher';
import { namesOf } from '../core/resolve/names';

type PackParts = Pick<InstalledPack, 'header' | 'entities' | 'table'>;
type Merged<D> = { dataset: D; tables: EventTable[] };

/**
 * The bundled dataset with every installed pack's entities joined in, their names compiled here, and the packs'
 * event tables beside it (in the order given), for `new Engine(dataset, tables)`. An entity a pack replaces is left
 * out, and events that named it name its replacement; names a pack marks ambiguous join the bundled ones. Pure, so
 * that it is tested without a browser. The starting file's events name their entities by position, the records by id:
 * both are kept right.
 */
export function mergePacks(data: CompiledDataset, packs: readonly PackParts[]): Merged<CompiledDataset>;
export function mergePacks(data: WholeDataset, packs: readonly PackParts[]): Merged<WholeDataset>;
export function mergePacks(data: CompiledDataset | WholeDataset, packs: readonly PackParts[]): Merged<CompiledDataset | WholeDataset> {
  if (packs.length === 0) return { dataset: data, tables: [] };
  const added = packs.flatMap((p) => p.entities);
  const ambiguousNames = [...data.ambiguousNames, ...packs.flatMap((p) => p.header.ambiguousNames ?? [])];
  const replacedBy = new Map(added.flatMap((e) => (e.replaces ? [[e.replaces, e.id] as const] : [])));
  const tables = packs.map((p) => p.table);
  if (replacedBy.size === 0) {
    // The bundled entities keep their positions: the packs' come after them.
    const entities = [...data.entities, ...added];
    const names = [...(data.names ?? compileNames(namesOf(data.entities))), ...compileNames(namesOf(entities, data.entities.length))];
    return { dataset: { ...data, entities, ambiguousNames, names } as CompiledDataset | WholeDataset, tables };
  }
  // A replacement changes the bundled entities' positions, so every name is compiled again: only when a pack asks for it.
  const entities = [...data.entities.filter((e) => !replacedBy.has(e.id)), ...added];
  const position = positionsIn(entities);
  const repoint = (id: string) => replacedBy.get(id) ?? id;
  const repointRef = (ref: string | number): string | number => (typeof ref === 'number' ? position.get(repoint(data.entities[ref]!.id))! : repoint(ref));
  const events = data.events.map((ev) => {
    const refs: readonly (string | number)[] = ev.entities;
    const moved = refs.map(repointRef);
    return moved.some((ref, k) => ref !== refs[k]) ? { ...ev, entities: [...new Set(moved)] } : ev;
  });
  // A table names its entities once each, so repointing them is one pass over that short list.
  return {
    dataset: { ...data, entities, events, ambiguousNames, names: compileNames(namesOf(entities)) } as CompiledDataset | WholeDataset,
    tables: tables.map((t) => (t.entityIds.some((id) => replacedBy.has(id)) ? { ...t, entityIds: t.entityIds.map(repoint) } : t)),
  };
}

/** Every event id of a merged dataset: a pack may not reuse one. */
export function eventIdsOf({ dataset, tables }: { dataset: Pick<CompiledDataset, 'events'>; tables: readonly EventTable[] }): Set<string> {
  const ids = new Set(dataset.events.map((e) => e.id));
  for (const t of tables) for (let i = 0; i < t.count; i++) ids.add(tableId(t, i));
  return ids;
}
