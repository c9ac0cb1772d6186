import { describe, expect, it } from 'vitest';
import { piecesOf, scanInChunks } from '../../src/background/chunked-scan';
import { forgetPage, scanChanges } from '../../src/background/page-scans';
import { createScheduler } from '../../src/background/scheduler';
import { Engine } from '../../src/core/engine';
import { miniDataset } from './helpers/mini-dataset';

/** A fake clock: each slice of work advances it by what the slice would cost; pauses cost nothing. */
function fakeClock() {
  let now = 0;
  return { now: () => now, spend: (ms: number) => (now += ms) };
}

function* work(clock: ReturnType<typeof fakeClock>, slices: number, msEach: number): Generator<void, number, undefined> {
  for (let i = 0; i < slices; i++) {
    clock.spend(msEach);
    if (i < slices - 1) yield;
  }
  return clock.now();
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('the worker scheduler', () => {
  it('lets another tab’s first scan finish within one slice of a huge page’s work', async () => {
    const clock = fakeClock();
    const scheduler = createScheduler(pause);
    const huge = scheduler.run(1, work(clock, 400, 50)); // 20 s of work in 50 ms slices
    await pause();
    await pause();
    const askedAt = clock.now();
    const small = await scheduler.run(2, work(clock, 1, 10));
    expect(small - askedAt).toBeLessThanOrEqual(200);
    expect(await huge).toBe(400 * 50 + 10);
  });

  it('serves lanes in turn, and one lane’s jobs in order', async () => {
    const clock = fakeClock();
    const scheduler = createScheduler(pause);
    const order: string[] = [];
    function* tagged(tag: string, slices: number): Generator<void, void, undefined> {
      for (let i = 0; i < slices; i++) {
        order.push(`${tag}${i}`);
        clock.spend(1);
        if (i < slices - 1) yield;
      }
    }
    await Promise.all([scheduler.run('a', tagged('a', 3)), scheduler.run('a', tagged('A', 1)), scheduler.run('b', tagged('b', 2))]);
    expect(order).toEqual(['a0', 'b0', 'a1', 'b1', 'a2', 'A0']);
    expect(scheduler.busyLanes).toBe(0);
  });

  it('rejects a failing job and goes on with the others', async () => {
    const scheduler = createScheduler(pause);
    // eslint-disable-next-line require-yield
    const failing = (function* (): Generator<void, number, undefined> {
      throw new Error('broken');
    })();
    const failed = scheduler.run(1, failing);
    const ok = scheduler.run(2, work(fakeClock(), 2, 1));
    await expect(failed).rejects.toThrow('broken');
    expect(await ok).toBe(2);
  });
});

describe('scanning in chunks', () => {
  const engine = new Engine(miniDataset);

  it('finds the same names at the same offsets as one scan, in a page cut into many chunks', () => {
    const sentence = 'Then Vladimir Putin met Kim Jong Un in Moscow. ';
    const blocks = [sentence.repeat(3000), 'Donald Trump spoke.', sentence.repeat(10)];
    const gen = scanInChunks(engine, blocks, 4_000);
    let slices = 1;
    let step = gen.next();
    while (!step.done) {
      slices++;
      step = gen.next();
    }
    expect(slices).toBeGreaterThan(30);
    const { mentions, entities } = step.value;
    for (const m of mentions) {
      const text = blocks[m.segment]!.slice(m.start, m.end);
      expect(['Vladimir Putin', 'Kim Jong Un', 'Moscow', 'Donald Trump', 'Putin']).toContain(text);
    }
    const putin = mentions.filter((m) => m.entity === 'vladimir-putin' && m.segment === 0).length;
    expect(putin).toBe(3000);
    expect(entities.find((e) => e.id === 'vladimir-putin')?.count).toBe(3010);
  });

  it('cuts text at the budget instead of dropping the block that crosses it', () => {
    const pieces = piecesOf(['a'.repeat(10), 'b'.repeat(100)], 30, 50);
    expect(pieces.map((p) => [p.block, p.offset, p.text.length])).toEqual([
      [0, 0, 10],
      [1, 0, 30],
      [1, 30, 10],
    ]);
  });

  it('never cuts inside a surrogate pair', () => {
    const pieces = piecesOf(['😀'.repeat(20)], 7);
    expect(pieces.every((p) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p.text))).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe('😀'.repeat(20));
  });
});

describe("a live page's changes", () => {
  const engine = new Engine(miniDataset);
  const run = <T>(gen: Generator<void, T, undefined>): { value: T; slices: number } => {
    let slices = 1;
    let step = gen.next();
    while (!step.done) {
      slices++;
      step = gen.next();
    }
    return { value: step.value, slices };
  };

  it('are read a chunk at a time on a huge page, and only the new blocks get mentions back', () => {
    const tab = 101;
    const post = 'Then Vladimir Putin met Kim Jong Un in Moscow. ';
    const first = run(scanChanges(engine, tab, { page: { url: 'https://live.example/', title: 't', published: null }, fresh: true, added: [{ key: 1, text: post.repeat(3000) }], removed: [] }));
    expect(first.slices).toBeGreaterThan(1);
    const next = run(scanChanges(engine, tab, { page: { url: 'https://live.example/', title: 't', published: null }, fresh: false, added: [{ key: 2, text: 'Later, Putin spoke.' }], removed: [] }));
    expect(next.slices).toBeGreaterThan(1);
    expect(next.value.lost).toBe(false);
    if (next.value.lost) return;
    // The bare surname in the new block resolves against the full name in the page's earlier text.
    expect(next.value.mentions.map((m) => [m.key, m.entity])).toEqual([[2, 'vladimir-putin']]);
    expect(next.value.entities.find((e) => e.id === 'vladimir-putin')?.count).toBe(3001);
    forgetPage(tab);
  });

  it('answer lost when the worker no longer holds the page, so that the page sends it all again', () => {
    const result = run(scanChanges(engine, 102, { page: { url: 'https://live.example/', title: 't', published: null }, fresh: false, added: [{ key: 5, text: 'Putin.' }], removed: [] }));
    expect(result.value).toEqual({ lost: true });
  });
});
