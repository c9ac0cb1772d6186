import { eventTableOf, tableDate, textBlocks, type EventTable, type EventText } from './event-table';
import type { Pack, PackEntity } from './pack';

/** What a pack says of itself: everything but its entities and events. */
export type PackHeader = Pick<Pack, 'name' | 'created' | 'license' | 'attribution' | 'ambiguousNames'>;

/** A pack as the extension keeps it: its entities whole, its events in columns, their words apart (`textBlocks`). */
export interface InstalledPack {
  id: string;
  /** ISO date-time it was installed. */
  installed: string;
  header: PackHeader;
  entities: PackEntity[];
  table: EventTable;
}

export function installedForm(pack: Pack, id: string, installed: string): { record: InstalledPack; texts: EventText[][] } {
  const header: PackHeader = { name: pack.name, created: pack.created, license: pack.license, attribution: pack.attribution };
  if (pack.ambiguousNames?.length) header.ambiguousNames = pack.ambiguousNames;
  return { record: { id, installed, header, entities: pack.entities, table: eventTableOf(pack.events) }, texts: textBlocks(pack.events) };
}

/** The earliest and latest event dates of a table, or nulls for a pack without events. */
export function dateSpan(table: EventTable): { from: string | null; to: string | null } {
  let from = '';
  let to = '';
  for (let i = 0; i < table.count; i++) {
    const d = tableDate(table, i);
    if (!from || d < from) from = d;
    if (d > to) to = d;
  }
  return { from: from || null, to: to || null };
}
