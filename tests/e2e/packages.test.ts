import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageExtension } from '../../scripts/cli/package';
import { REPO } from './helpers';

/** `npm run package`: store zips of the built extension and the source archive, the same bytes every time. */

function names(zipFile: string): string[] {
  // Python's zipfile is an independent reader: it checks every CRC and lists the entries.
  const script = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint("\\n".join(z.namelist()))';
  return execFileSync('python3', ['-c', script, zipFile], { encoding: 'utf8' }).trim().split('\n');
}

interface ShippedManifest {
  content_scripts: { matches: string[] }[];
  host_permissions?: string[];
  permissions?: string[];
}

function manifestOf(zipFile: string): ShippedManifest {
  return JSON.parse(execFileSync('python3', ['-c', 'import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read("manifest.json").decode())', zipFile], { encoding: 'utf8' })) as ShippedManifest;
}

/** A host under a top-level name that can never be a real site. */
const RESERVED = /^[^:]+:\/\/[^/]*\.(example|test|invalid|localhost)(:\d+)?\//;

describe('npm run package', () => {
  it('writes Chrome, Firefox and source archives that are reproducible and complete', () => {
    const first = packageExtension(REPO, mkdtempSync(join(tmpdir(), 'backstory-pkg-a-')));
    const second = packageExtension(REPO, mkdtempSync(join(tmpdir(), 'backstory-pkg-b-')));
    expect(first.map((r) => r.sha256)).toEqual(second.map((r) => r.sha256));
    const [chrome, firefox, source] = first.map((r) => r.file);
    expect(names(chrome!)).toEqual(expect.arrayContaining(['manifest.json', 'dataset.json.gz', 'event-texts.json.gz', 'entity-texts.json.gz', '_locales/en/messages.json']));
    const firefoxManifest = manifestOf(firefox!) as ShippedManifest & {
      background: { scripts?: string[] };
      browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
    };
    // What ships names real sites only: no host under a name reserved for tests and examples (RFC 2606, RFC 6761).
    for (const [zip, manifest] of [[chrome!, manifestOf(chrome!)], [firefox!, firefoxManifest]] as const) {
      const hosts = [...manifest.content_scripts.flatMap((c) => c.matches), ...(manifest.host_permissions ?? []), ...(manifest.permissions ?? [])];
      expect(hosts.length, zip).toBeGreaterThan(150);
      expect(hosts.filter((h) => RESERVED.test(h)), zip).toEqual([]);
    }
    expect(firefoxManifest.background.scripts).toHaveLength(1);
    expect(firefoxManifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    const sourceFiles = names(source!);
    expect(sourceFiles).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'README.md']));
    expect(sourceFiles.some((f) => f.startsWith('node_modules/') || f.startsWith('dist/'))).toBe(false);
  }, 120_000);
});
