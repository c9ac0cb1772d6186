import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../src/core/engine';
import { registryLookup, scoreBenchmark, type FoundMention, type GoldDocument, type LinkScore } from './link-score';

/** The public entity-linking benchmarks beside the repository, scored by the rule of their README. */
export const PUBLIC_GOLD_DIR = new URL('../../../shared/datasets/entity-linking/', import.meta.url).pathname;

export function readBenchmark(file: string): GoldDocument[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as GoldDocument;
      } catch (error) {
        throw new Error(`${file}: line ${i + 1}: not JSON (${(error as Error).message})`, { cause: error });
      }
    });
}

/** A document read as the extension reads a page: one block per line, offsets mapped back into the document. */
export function mentionsIn(engine: Engine, text: string): FoundMention[] {
  const blocks: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    blocks.push(line);
    offsets.push(at);
    at += line.length + 1;
  }
  return engine.scan(blocks).mentions.map((m) => ({
    start: offsets[m.segment]! + m.start,
    end: offsets[m.segment]! + m.end,
    entity: engine.entities[engine.entityIndex(m.entity)!]!,
  }));
}

export function benchmarkNames(dir = PUBLIC_GOLD_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.replace(/\.jsonl$/, ''))
    .sort();
}

export function evaluatePublicGold(engine: Engine, names = benchmarkNames()): LinkScore[] {
  const holds = registryLookup(engine.entities);
  return names.map((name) => scoreBenchmark(name, readBenchmark(join(PUBLIC_GOLD_DIR, `${name}.jsonl`)), (doc) => mentionsIn(engine, doc.text), holds));
}
