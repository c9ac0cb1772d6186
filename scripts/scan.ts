import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { relationTo, today } from '../src/core/article/date';
import { Engine } from '../src/core/engine';
import { joinBlocks } from '../src/core/page-text';
import { extractArticle } from '../src/extract/article';
import { loadDataset } from './lib/load-dataset';

/**
 * `npm run --silent scan -- <file>... [--json]`: finds the entities in each file, and the events related to them,
 * with the same engine the extension runs. One JSON object per file and line, in the order given.
 */

interface Page {
  title: string | null;
  published: string | null;
  blocks: string[];
}

function readPage(file: string): Page {
  const source = readFileSync(file, 'utf8');
  if (!/\.x?html?$/i.test(extname(file))) return { title: null, published: null, blocks: [source] };
  const { document } = parseHTML(source);
  const article = extractArticle(document as unknown as Document);
  return { title: article.title, published: article.published, blocks: article.blocks.map((b) => b.text) };
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent scan -- <file>... [--json]\n');
    return 2;
  }
  const engine = new Engine(loadDataset());
  let failures = 0;
  for (const file of files) {
    let page: Page;
    try {
      page = readPage(file);
    } catch (error) {
      failures++;
      process.stderr.write(`scan: ${file}: cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      continue;
    }
    const { text, offsets } = joinBlocks(page.blocks);
    const scan = engine.scan(page.blocks);
    const reference = page.published ?? today();
    const mentions = scan.mentions.map((m) => {
      const entity = engine.entities[engine.entityIndex(m.entity)!]!;
      const start = offsets[m.segment]! + m.start;
      const end = offsets[m.segment]! + m.end;
      return { entity: entity.id, name: entity.name, type: entity.type, text: text.slice(start, end), start, end };
    });
    const summary = engine.pageSummary({ url: file, title: page.title ?? '', published: page.published }, scan.entities);
    const events = [...summary.before, ...summary.since].map((e) => ({
      id: e.id,
      date: e.date,
      summary: e.summary,
      entities: e.entities.map((x) => x.id),
      sources: e.sources,
      relation: relationTo(e.date, reference),
    }));
    const result = { file, title: page.title, published: page.published, text, mentions, events };
    if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else {
      process.stdout.write(`${file}: ${page.title ?? ''} (${page.published ?? 'no date'})\n`);
      for (const e of scan.entities) process.stdout.write(`  ${e.name} (${e.type}) ×${e.count}\n`);
      for (const e of events) process.stdout.write(`  ${e.date} [${e.relation}] ${e.summary}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
