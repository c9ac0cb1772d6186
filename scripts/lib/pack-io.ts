import { readFileSync } from 'node:fs';
import type { CompiledDataset } from '../../src/core/dataset/compiled';
import { validatePack, type Pack } from '../../src/core/dataset/pack';
import type { Problem } from '../../src/core/dataset/types';

/**
 * Reads and checks a pack file: every record valid, every id unique within the pack, every entity an event names
 * defined in the pack or in the bundled dataset. Whether its ids clash with what a browser has installed is the
 * options page's check, at install time; so the bundled dataset's own export checks clean.
 */
export function checkPackFile(path: string, base: Pick<CompiledDataset, 'entities'>): { pack?: Pack; problems: Problem[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return { problems: [{ file: path, record: '(file)', field: '(file)', message: `cannot be read as JSON: ${reason}` }] };
  }
  const own = definedIds(raw);
  return validatePack(raw, path, { entities: new Map(base.entities.filter((e) => !own.has(e.id)).map((e) => [e.id, e])), eventIds: new Set() });
}

/** The entity ids a parsed pack defines, whatever else is wrong with it. */
function definedIds(raw: unknown): Set<string> {
  const entities = (raw as { entities?: unknown } | null)?.entities;
  if (!Array.isArray(entities)) return new Set();
  return new Set(entities.map((e) => (e as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
}
