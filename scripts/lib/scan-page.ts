import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import type { EntityType } from '../../src/core/dataset/types';
import type { Engine, PageScan } from '../../src/core/engine';
import { joinBlocks } from '../../src/core/page-text';
import { extractArticle } from '../../src/extract/article';

/** A file read as the extension would read it: for HTML, the article's text blocks; for anything else, the text. */
export interface PageText {
  title: string | null;
  published: string | null;
  blocks: string[];
}

export function readPage(file: string): PageText {
  const source = readFileSync(file, 'utf8');
  return /\.x?html?$/i.test(extname(file)) ? htmlPage(source) : { title: null, published: null, blocks: [source] };
}

export function htmlPage(source: string): PageText {
  const { document } = parseHTML(source);
  const article = extractArticle(document as unknown as Document);
  return { title: article.title, published: article.published, blocks: article.blocks.map((b) => b.text) };
}

export interface TextMention {
  entity: string;
  name: string;
  type: EntityType;
  text: string;
  start: number;
  end: number;
}

/** Scans a page and reports mentions with offsets into the page's whole text (blocks joined by a blank line). */
export function scanPage(engine: Engine, page: PageText): { text: string; scan: PageScan; mentions: TextMention[] } {
  const { text, offsets } = joinBlocks(page.blocks);
  const scan = engine.scan(page.blocks);
  const mentions = scan.mentions.map((m) => {
    const entity = engine.entities[engine.entityIndex(m.entity)!]!;
    const start = offsets[m.segment]! + m.start;
    const end = offsets[m.segment]! + m.end;
    return { entity: entity.id, name: entity.name, type: entity.type, text: text.slice(start, end), start, end };
  });
  return { text, scan, mentions };
}
