import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CompiledDataset } from '../../src/core/dataset/compiled';
import { MAX_PACK_BYTES, type Feed } from '../../src/core/dataset/feed';
import type { Problem } from '../../src/core/dataset/types';
import { checkPackFile } from './pack-io';

/** The feed file a folder of packs is published with, beside the packs, so relative addresses resolve on any host. */
export const FEED_FILE = 'backstory-feed.json';

/**
 * Checks every `*.json` pack in `folder` (the feed file itself aside) and writes `backstory-feed.json` listing each
 * with its size and SHA-256. Nothing is written when any pack has a problem. Entry ids come from the file names, so a
 * new month's file under the same name replaces the old one in readers' browsers.
 */
export function writeFeed(folder: string, base: Pick<CompiledDataset, 'entities'>, title?: string): { feed?: Feed; problems: Problem[] } {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    return { problems: [{ file: folder, record: '(folder)', field: '(folder)', message: 'no such folder' }] };
  }
  const files = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== FEED_FILE).sort();
  const problems: Problem[] = [];
  const packs: Feed['packs'] = [];
  if (files.length === 0) problems.push({ file: folder, record: '(folder)', field: '(folder)', message: 'holds no .json pack' });
  for (const name of files) {
    const path = join(folder, name);
    const id = basename(name, '.json').toLowerCase();
    if (!/^[a-z0-9][a-z0-9._-]{0,99}$/.test(id)) {
      problems.push({ file: path, record: '(pack)', field: '(file name)', message: 'must be lower-case letters, digits, ".", "_" or "-" before .json' });
      continue;
    }
    const bytes = readFileSync(path);
    if (bytes.length > MAX_PACK_BYTES) {
      problems.push({ file: path, record: '(pack)', field: '(file)', message: `is ${bytes.length} bytes, over the ${MAX_PACK_BYTES} byte limit` });
      continue;
    }
    const checked = checkPackFile(path, base);
    if (!checked.pack) {
      problems.push(...checked.problems);
      continue;
    }
    packs.push({ id, url: name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  if (problems.length) return { problems };
  const feed: Feed = { format: 'backstory-feed', version: 1, title: title ?? `Backstory packs: ${basename(folder)}`, updated: new Date().toISOString(), packs };
  writeFileSync(join(folder, FEED_FILE), `${JSON.stringify(feed, null, 1)}\n`);
  return { feed, problems };
}
