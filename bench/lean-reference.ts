import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SCRIPT_FILE } from '../src/bundles';

/**
 * `--lean-reference`: a copy of our build whose content script is `lean-reference/content.js`, the work before the
 * first highlight in the fewest lines, with our worker behind it. Run as the baseline, it shows how much of our
 * main-thread time our content script's structure costs and how much this work costs any extension that does it.
 */
export function leanReferenceBuild(dist: string): string {
  const parent = mkdtempSync(join(tmpdir(), 'backstory-lean-'));
  process.on('exit', () => rmSync(parent, { recursive: true, force: true }));
  const dir = join(parent, 'chrome');
  cpSync(dist, dir, { recursive: true });
  cpSync(new URL('./lean-reference/content.js', import.meta.url).pathname, join(dir, CONTENT_SCRIPT_FILE));
  return dir;
}
