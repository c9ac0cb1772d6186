/**
 * Each bundled record's place in the starting file's list (of entities or of events), which is the place of its words
 * in their file: the words are written as lists in that order (see `splitForWorker`). Made once per list.
 */
const positions = new WeakMap<readonly { id: string }[], ReadonlyMap<string, number>>();

export function positionsIn(records: readonly { id: string }[]): ReadonlyMap<string, number> {
  let found = positions.get(records);
  if (!found) positions.set(records, (found = new Map(records.map((r, i) => [r.id, i]))));
  return found;
}
