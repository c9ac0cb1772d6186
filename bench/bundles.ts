import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { COMPILED_FILE } from '../src/core/dataset/compiled';
import { CARD_SCRIPT_FILE, CONTENT_SCRIPT_FILE, DATE_SCRIPT_FILE } from '../src/bundles';

/** The bytes of the built extension that matter for speed: what every page loads, and what waits for a hover. */
export interface BundleSize {
  label: string;
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** An ES module and every module it imports statically, as paths relative to `dist` (the worker's bundle). */
function withStaticImports(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    withStaticImports(dist, relative(dist, normalize(join(dist, dirname(file), spec!))), seen);
  }
  return seen;
}

export function bundleSizes(dist: string): BundleSize[] | string {
  const manifestFile = join(dist, 'manifest.json');
  if (!existsSync(manifestFile)) return `skipped: no build in ${dist} (npm run build)`;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { background?: { service_worker?: string } };
  const files = [
    { label: 'content script (every page)', file: CONTENT_SCRIPT_FILE },
    { label: 'card (first hover)', file: CARD_SCRIPT_FILE },
    { label: 'date finder (first card or popup)', file: DATE_SCRIPT_FILE },
    { label: 'service worker (with its static imports)', file: manifest.background?.service_worker ?? '' },
    { label: 'dataset (service worker, shipped gzipped)', file: COMPILED_FILE },
  ];
  return files
    .filter((f) => f.file && existsSync(join(dist, f.file)))
    .map((f) => {
      if (f.file.endsWith('.gz')) {
        const packed = readFileSync(join(dist, f.file));
        return { ...f, bytes: gunzipSync(packed).length, gzipBytes: packed.length };
      }
      const parts = f.file.endsWith('.json') || [CONTENT_SCRIPT_FILE, CARD_SCRIPT_FILE, DATE_SCRIPT_FILE].includes(f.file) ? [f.file] : [...withStaticImports(dist, f.file)];
      const bytes = parts.reduce((sum, p) => sum + statSync(join(dist, p)).size, 0);
      const gzipBytes = parts.reduce((sum, p) => sum + gzipSync(readFileSync(join(dist, p)), { level: 9 }).length, 0);
      return { ...f, bytes, gzipBytes };
    });
}
