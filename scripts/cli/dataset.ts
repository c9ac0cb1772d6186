import { Engine } from '../../src/core/engine';
import { importPortal } from '../../src/core/current-events/import';
import type { Pack } from '../../src/core/dataset/pack';
import { formatProblem } from '../../src/core/dataset/types';
import { isValidDate } from '../../src/core/dataset/validate';
import { readPortalItems } from '../lib/current-events';
import { DatasetError, loadDataset } from '../lib/load-dataset';
import { join } from 'node:path';
import { FEED_FILE, writeFeed } from '../lib/feed-io';
import { checkPackFile } from '../lib/pack-io';
import type { CliIO } from './io';

/**
 * `npm run --silent dataset -- <command>`:
 *   export                                   the bundled dataset as a pack, to stdout
 *   check <pack.json>                        validate a pack; every problem as `file: record id: field: what is wrong`
 *   import-current-events <dir> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
 *                                            the Wikipedia Current Events export as a pack, to stdout
 *   feed <folder> [--title TEXT]             check every pack in a folder and write its backstory-feed.json
 */

const USAGE = `usage: npm run --silent dataset -- export
       npm run --silent dataset -- check <pack.json>
       npm run --silent dataset -- import-current-events <dir> [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       npm run --silent dataset -- feed <folder> [--title TEXT]`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || !isValidDate(value) || value.length !== 10) throw new UsageError(`${name} needs a date YYYY-MM-DD`);
  args.splice(i, 2);
  return value;
}

class UsageError extends Error {}

function exportPack(): Pack {
  const data = loadDataset();
  return {
    format: 'backstory-pack',
    version: 1,
    name: 'Backstory bundled dataset',
    created: new Date().toISOString(),
    license: 'CC BY 4.0',
    attribution: 'Written by the Backstory contributors; every event names its sources.',
    // A pack has no list of namesakes: their names travel as ambiguous, which they are too.
    ambiguousNames: [...data.ambiguousNames, ...(data.namesakeNames ?? [])],
    entities: data.entities,
    events: data.events,
  };
}

function run(argv: readonly string[], io: CliIO): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'export':
      io.out(`${JSON.stringify(exportPack(), null, 1)}\n`);
      return 0;
    case 'check': {
      if (args.length !== 1) throw new UsageError('check takes one pack file');
      const { pack, problems } = checkPackFile(args[0]!, loadDataset());
      if (!pack) {
        for (const p of problems) io.out(`${formatProblem(p)}\n`);
        io.err(`${args[0]}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
        return 1;
      }
      io.out(`${args[0]}: valid pack "${pack.name}": ${pack.entities.length} entities, ${pack.events.length} events\n`);
      return 0;
    }
    case 'import-current-events': {
      const from = option(args, '--from');
      const to = option(args, '--to');
      if (args.length !== 1) throw new UsageError('import-current-events takes one directory');
      // The directory is read first: a wrong path is told at once, before the dataset is loaded.
      const items = readPortalItems(args[0]!, from, to);
      const engine = new Engine(loadDataset());
      const range = `${from ?? items[0]?.date ?? ''} to ${to ?? items[items.length - 1]?.date ?? ''}`;
      const { pack, skipped } = importPortal(items, engine, { name: `Wikipedia Current Events, ${range}`, created: new Date().toISOString() });
      io.out(`${JSON.stringify(pack)}\n`);
      io.err(`${items.length} portal items read; ${pack.events.length} events in the pack; ${skipped} left out (no known entity recognised)\n`);
      return 0;
    }
    case 'feed': {
      const at = args.indexOf('--title');
      const title = at >= 0 ? args.splice(at, 2)[1] : undefined;
      if (at >= 0 && !title) throw new UsageError('--title needs a text');
      if (args.length !== 1) throw new UsageError('feed takes one folder');
      const { feed, problems } = writeFeed(args[0]!, loadDataset(), title);
      if (!feed) {
        for (const p of problems) io.out(`${formatProblem(p)}\n`);
        io.err(`${args[0]}: no feed written: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
        return 1;
      }
      io.out(`${join(args[0]!, FEED_FILE)}: ${feed.packs.length} pack${feed.packs.length === 1 ? '' : 's'}\n`);
      return 0;
    }
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'a command is needed');
  }
}

/** Runs one `dataset` command; answers the exit code (2 for a usage or dataset error). */
export function datasetCommand(argv: readonly string[], io: CliIO): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) io.err(`dataset: ${error.message}\n${USAGE}\n`);
    else if (error instanceof DatasetError) io.err(`${error.message}\n`);
    else io.err(`dataset: ${(error as Error).message}\n`);
    return 2;
  }
}
