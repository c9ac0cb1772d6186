import { readFileSync } from 'node:fs';
import type { CompiledDataset } from '../../src/core/dataset/compiled';
import { validatePack, type Pack } from '../../src/core/dataset/pack';
import type { Problem } from '../../src/core/dataset/types';

/** Reads and checks a pack file against the bundled dataset (its events may name the dataset's entities). */
export function checkPackFile(path: string, base: CompiledDataset): { pack?: Pack; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { problems: [{ file: path, record: '(file)', field: '(file)', message: `cannot be read as JSON: ${reason}` }] };
  }
  return validatePack(raw, path, {
    entities: new Map(base.entities.map((e) => [e.id, e])),
    eventIds: new Set(base.events.map((e) => e.id)),
  });
}
