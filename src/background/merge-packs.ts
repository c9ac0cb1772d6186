import type { CompiledDataset } from '../core/dataset/compiled';
import type { StoredPack } from './pack-store';
import { compileNames } from '../core/matcher/matcher';
import { namesOf } from '../core/resolve/names';

/**
 * The bundled dataset with every installed pack's entities and events joined in, their names compiled here. An
 * entity a pack replaces is left out, and events that named it name its replacement; names a pack marks ambiguous
 * join the bundled ones. Pure, so that it is tested without a browser.
 */
export function mergePacks(data: CompiledDataset, packs: readonly Pick<StoredPack, 'pack'>[]): CompiledDataset {
  if (packs.length === 0) return data;
  const added = packs.flatMap((p) => p.pack.entities);
  const events = [...data.events, ...packs.flatMap((p) => p.pack.events)];
  const ambiguousNames = [...data.ambiguousNames, ...packs.flatMap((p) => p.pack.ambiguousNames ?? [])];
  const replacedBy = new Map(added.flatMap((e) => (e.replaces ? [[e.replaces, e.id] as const] : [])));
  if (replacedBy.size === 0) {
    const entities = [...data.entities, ...added];
    return { ...data, entities, events, ambiguousNames, names: [...(data.names ?? compileNames(namesOf(data.entities))), ...compileNames(namesOf(entities, data.entities.length))] };
  }
  // A replacement changes the bundled entities' positions, so every name is compiled again: only when a pack asks for it.
  const entities = [...data.entities.filter((e) => !replacedBy.has(e.id)), ...added];
  const repoint = (id: string) => replacedBy.get(id) ?? id;
  return {
    ...data,
    entities,
    events: events.map((ev) => (ev.entities.some((id) => replacedBy.has(id)) ? { ...ev, entities: [...new Set(ev.entities.map(repoint))] } : ev)),
    ambiguousNames,
    names: compileNames(namesOf(entities)),
  };
}
