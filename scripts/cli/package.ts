import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zip, type ZipEntry } from '../lib/zip';
import type { CliIO } from './io';

/**
 * `npm run package`: the store uploads from the builds in `dist/` — the Chrome Web Store zip, the Firefox add-on zip
 * and the source archive Firefox's reviewers ask for (every file git tracks) — each reproducible byte for byte.
 */

export interface PackageResult {
  file: string;
  sha256: string;
  entries: number;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function entriesOf(root: string, files: readonly string[]): ZipEntry[] {
  return files.map((f) => ({ name: relative(root, f).split('\\').join('/'), data: readFileSync(f) }));
}

function write(file: string, entries: ZipEntry[]): PackageResult {
  const bytes = zip(entries);
  writeFileSync(file, bytes);
  return { file, sha256: createHash('sha256').update(bytes).digest('hex'), entries: entries.length };
}

export function packageExtension(repo: string, outDir = join(repo, 'dist', 'packages')): PackageResult[] {
  const version = (JSON.parse(readFileSync(join(repo, 'manifest.json'), 'utf8')) as { version: string }).version;
  mkdirSync(outDir, { recursive: true });
  const results: PackageResult[] = [];
  for (const target of ['chrome', 'firefox']) {
    const dist = join(repo, 'dist', target);
    if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}: no build here; run npm run build first`);
    results.push(write(join(outDir, `backstory-${version}-${target}.zip`), entriesOf(dist, filesUnder(dist))));
  }
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).split('\0').filter((f) => f && existsSync(join(repo, f)));
  results.push(write(join(outDir, `backstory-${version}-source.zip`), entriesOf(repo, tracked.map((f) => join(repo, f)))));
  return results;
}

export function packageCommand(repo: string, io: CliIO): number {
  try {
    for (const r of packageExtension(repo)) io.out(`${relative(repo, r.file)}  ${r.entries} files  sha256 ${r.sha256}\n`);
    return 0;
  } catch (error) {
    io.err(`package: ${(error as Error).message}\n`);
    return 1;
  }
}
