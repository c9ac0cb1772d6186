import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../src/core/engine';
import { readPage, scanPage } from './scan-page';

/**
 * Recognition quality against hand-made gold mentions (`tests/gold/`): a found mention is right when a gold mention
 * has the same span and the same entity; recall counts the gold mentions of entities in the registry.
 */

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  /** The registry id, or null for a name the registry does not have. */
  entity: string | null;
}

export interface Score {
  name: string;
  found: number;
  right: number;
  gold: number;
  recalled: number;
  /** What went wrong, for the report: `+` wrongly found, `-` missed. */
  errors: string[];
}

export const GOLD_DIR = new URL('../../tests/gold/', import.meta.url).pathname;
export const PAGES_DIR = new URL('../../../shared/fixtures/pages/', import.meta.url).pathname;

function score(name: string, text: string, found: { start: number; end: number; entity: string }[], gold: GoldMention[]): Score {
  for (const g of gold) {
    if (text.slice(g.start, g.end) !== g.text) throw new Error(`${name}: gold mention "${g.text}" at ${g.start}-${g.end} reads "${text.slice(g.start, g.end)}": the text changed`);
  }
  const key = (m: { start: number; end: number; entity: string | null }) => `${m.start}:${m.end}:${m.entity}`;
  const goldKeys = new Set(gold.map(key));
  const foundKeys = new Set(found.map(key));
  const errors: string[] = [];
  let right = 0;
  for (const f of found) {
    if (goldKeys.has(key(f))) right++;
    else errors.push(`+ ${text.slice(f.start, f.end)} → ${f.entity} @${f.start}`);
  }
  const known = gold.filter((g) => g.entity !== null);
  let recalled = 0;
  for (const g of known) {
    if (foundKeys.has(key(g))) recalled++;
    else errors.push(`- ${g.text} → ${g.entity} @${g.start}`);
  }
  return { name, found: found.length, right, gold: known.length, recalled, errors };
}

const isSentences = (file: string) => /^sentences.*\.json$/.test(file);

export function evaluatePages(engine: Engine): Score[] {
  const scores: Score[] = [];
  for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json') && !isSentences(f)).sort()) {
    const gold = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as { file: string; mentions: GoldMention[] };
    const { text, mentions } = scanPage(engine, readPage(join(PAGES_DIR, gold.file)));
    scores.push(score(gold.file, text, mentions, gold.mentions));
  }
  return scores;
}

/** Every file of hand-written sentences (`tests/gold/sentences*.json`), one score each. */
export function evaluateSentenceFiles(engine: Engine): Score[] {
  return readdirSync(GOLD_DIR).filter(isSentences).sort().map((file) => evaluateSentences(engine, file));
}

export function evaluateSentences(engine: Engine, file = 'sentences.json'): Score {
  const sentences = JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as { text: string; mentions: GoldMention[] }[];
  const total: Score = { name: file, found: 0, right: 0, gold: 0, recalled: 0, errors: [] };
  for (const s of sentences) {
    const { mentions } = scanPage(engine, { title: null, published: null, blocks: [s.text] });
    const one = score('sentence', s.text, mentions, s.mentions);
    total.found += one.found;
    total.right += one.right;
    total.gold += one.gold;
    total.recalled += one.recalled;
    total.errors.push(...one.errors.map((e) => `${e}  «${s.text}»`));
  }
  return total;
}

export function overall(scores: Score[]): Score {
  return scores.reduce(
    (a, s) => ({ name: 'overall', found: a.found + s.found, right: a.right + s.right, gold: a.gold + s.gold, recalled: a.recalled + s.recalled, errors: [] }),
    { name: 'overall', found: 0, right: 0, gold: 0, recalled: 0, errors: [] } as Score,
  );
}

export const precision = (s: Score): number => (s.found === 0 ? 1 : s.right / s.found);
export const recall = (s: Score): number => (s.gold === 0 ? 1 : s.recalled / s.gold);
