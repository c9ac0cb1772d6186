import { Engine } from '../../src/core/engine';
import { loadDataset } from '../lib/load-dataset';
import { readPage, scanPage, type PageText } from '../lib/scan-page';
import type { CliIO } from './io';

/**
 * `npm run --silent scan -- <file>... [--json]`: finds the entities in each file, and the events related to them,
 * with the same engine the extension runs. One JSON object per file and line, in the order given.
 */

export function scanCommand(argv: readonly string[], io: CliIO): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0) {
    io.err('usage: npm run --silent scan -- <file>... [--json]\n');
    return 2;
  }
  const engine = new Engine(loadDataset());
  let failures = 0;
  for (const file of files) {
    let page: PageText;
    try {
      page = readPage(file);
    } catch (error) {
      failures++;
      io.err(`scan: ${file}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      continue;
    }
    const { text, scan, mentions } = scanPage(engine, page);
    const summary = engine.pageSummary({ url: file, title: page.title ?? '', published: page.published }, scan.entities);
    const events = [...summary.before, ...summary.since].map((e) => ({
      id: e.id,
      date: e.date,
      summary: e.summary,
      entities: e.entities.map((x) => x.id),
      sources: e.sources,
      relation: e.relation,
    }));
    if (json) {
      io.out(`${JSON.stringify({ file, title: page.title, published: page.published, text, mentions, events })}\n`);
      continue;
    }
    io.out(`${file}: ${page.title ?? ''} (${page.published ?? 'no date'})\n`);
    for (const e of scan.entities) io.out(`  ${e.name} (${e.type}) ×${e.count}\n`);
    for (const e of events) io.out(`  ${e.date} [${e.relation}] ${e.summary}\n`);
  }
  return failures > 0 ? 1 : 0;
}
