/**
 * Each record's place in its list, by id. For the starting file's lists (of entities or of events) that is also the
 * place of its words in their file, and of an entity among the positions its events name (see `splitForWorker`).
 * Made once per list.
 */
const positions = new WeakMap<readonly { id: string }[], ReadonlyMap<string, number>>();

export function positionsIn(records: readonly { id: string }[]): ReadonlyMap<string, number> {
  let found = positions.get(records);
  if (!found) positions.set(records, (found = new Map(records.map((r, i) => [r.id, i]))));
  return found;
}
