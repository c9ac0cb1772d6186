import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { WholeDataset } from '../../src/core/dataset/compiled';
import { formatProblem, type Problem } from '../../src/core/dataset/types';
import { validateDataset, type SourceFile } from '../../src/core/dataset/validate';

/** Reads and validates the YAML dataset under `src/dataset/`, for the build, the CLI and the tests. */

export const DATASET_DIR = new URL('../../src/dataset/', import.meta.url).pathname;

function yamlFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out = out.concat(yamlFiles(path));
    else if (name.endsWith('.yaml') || name.endsWith('.yml')) out.push(path);
  }
  return out;
}

function readYaml(path: string, root: string, problems: Problem[]): SourceFile {
  const file = relative(root, path);
  try {
    return { file, records: parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    problems.push({ file, record: '(file)', field: '(file)', message: `cannot be read as YAML: ${(error as Error).message.split('\n')[0]}` });
    return { file, records: [] };
  }
}

export class DatasetError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
  }
}

/** The compiled dataset; throws a `DatasetError` naming every bad record (file, record id, field). */
export function loadDataset(dir = DATASET_DIR): WholeDataset {
  const root = join(dir, '..', '..');
  const problems: Problem[] = [];
  const entityFiles = yamlFiles(join(dir, 'entities')).map((p) => readYaml(p, root, problems));
  const eventFiles = yamlFiles(join(dir, 'events')).map((p) => readYaml(p, root, problems));
  const ambiguousFiles = ['ambiguous-names.yaml', 'ambiguous-short-names.yaml', 'ambiguous-registry-names.yaml']
    .filter((name) => existsSync(join(dir, name)))
    .map((name) => readYaml(join(dir, name), root, problems));
  const namesakeFile = existsSync(join(dir, 'namesake-names.yaml')) ? readYaml(join(dir, 'namesake-names.yaml'), root, problems) : undefined;
  const { dataset, problems: found } = validateDataset(entityFiles, eventFiles);
  problems.push(...found);
  const ambiguousNames: string[] = [];
  for (const f of ambiguousFiles) {
    if (!Array.isArray(f.records)) problems.push({ file: f.file, record: '(file)', field: '(file)', message: 'must be a list of names' });
    else ambiguousNames.push(...f.records.filter((x): x is string => typeof x === 'string'));
  }
  const namesakeNames: string[] = [];
  if (namesakeFile) {
    if (!Array.isArray(namesakeFile.records)) problems.push({ file: namesakeFile.file, record: '(file)', field: '(file)', message: 'must be a list of names' });
    else namesakeNames.push(...namesakeFile.records.filter((x): x is string => typeof x === 'string'));
  }
  if (problems.length) throw new DatasetError(problems);
  const asOf = dataset.events.reduce((latest, ev) => (ev.date > latest ? ev.date : latest), '');
  return { format: 'backstory-compiled', version: 1, entities: dataset.entities, events: dataset.events, ambiguousNames, namesakeNames, ...(asOf ? { asOf } : {}) };
}
