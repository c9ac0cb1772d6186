import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { miniDataset } from './helpers/mini-dataset';

/**
 * A scan is linear in the text: one paragraph of 1 MB dense with short names ("Then Putin said." × 60,000) once took
 * minutes, because a title-case test over the whole block ran once per name found. Four times the text must cost about
 * four times the work; quadratic work would cost sixteen times. The bound (8×) leaves room for a loaded machine to
 * double one side of the ratio, the best of five runs is taken, and the old quadratic scan still fails it by far.
 */

const engine = new Engine(miniDataset);

function bestOf(runs: number, text: string): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const scan = engine.scan([text]);
    const t1 = performance.now();
    expect(scan.mentions.length).toBeGreaterThan(0);
    best = Math.min(best, t1 - t0);
  }
  return best;
}

function paragraph(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

describe('scanning is linear in the text', () => {
  it.each([
    ['a short name over and over', 'Then Putin said. '],
    ['names, titles and capitals mixed', 'President Putin met Kim Jong Un in Moscow, and Seoul said Trump would call. '],
  ])('%s: 1 MB in one block costs about four times 0.25 MB', (_, unit) => {
    bestOf(1, paragraph(unit, 50_000)); // warm up
    const quarter = bestOf(5, paragraph(unit, 250_000));
    const full = bestOf(5, paragraph(unit, 1_000_000));
    expect(full / quarter).toBeLessThan(8);
  }, 120_000);
});
