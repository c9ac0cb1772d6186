import { describe, expect, it } from 'vitest';
import { createSlicer, runSliced, yieldToPage } from '../../src/content/slices';

/** A clock the test moves by hand: each step of the work below costs what the test says. */
function manualClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('work in slices', () => {
  it('gives the page its turn once a slice has used its budget, and tells the work it did', async () => {
    const clock = manualClock();
    const slicer = createSlicer(8, clock.now);
    const told: (boolean | undefined)[] = [];
    function* work(): Generator<void, string, boolean | undefined> {
      for (let i = 0; i < 10; i++) {
        clock.advance(3); // each step costs 3 ms: a pause is due after every third
        told.push(yield);
      }
      return 'done';
    }
    await expect(runSliced(work(), slicer)).resolves.toBe('done');
    expect(told).toEqual([false, false, true, false, false, true, false, false, true, false]);
  });

  it('stops between slices when the session ends', async () => {
    const clock = manualClock();
    const controller = new AbortController();
    let steps = 0;
    function* endless(): Generator<void, never, boolean | undefined> {
      for (;;) {
        steps++;
        clock.advance(10);
        if (steps === 3) controller.abort(new Error('ended'));
        yield;
      }
    }
    await expect(runSliced(endless(), createSlicer(8, clock.now), controller.signal)).rejects.toThrow('ended');
    expect(steps).toBe(3);
  });

  it('yields to queued work without scheduler.yield (the message-channel way)', async () => {
    const order: string[] = [];
    const queued = new Promise<void>((done) => setTimeout(() => (order.push('timer'), done()), 0));
    await new Promise((done) => setTimeout(done, 1)); // let the timer become due first
    await yieldToPage();
    order.push('after yield');
    await queued;
    expect(order).toEqual(['timer', 'after yield']);
  });
});
