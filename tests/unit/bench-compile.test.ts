import { describe, expect, it } from 'vitest';
import { compileOfOurs, type TraceEvent } from '../../bench/page-cost';

/** The bench's count of our scripts' compiling, which the profile's samples cannot see (ADR 32). */

const thread = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
const compile = (pid: number, tid: number, url: string, dur: number, tdur?: number): TraceEvent => ({ name: 'v8.compile', ph: 'X', pid, tid, dur, ...(tdur === undefined ? {} : { tdur }), args: { data: { url } } });

describe('compiling our scripts, from a trace', () => {
  const events = [
    thread(1, 10, 'CrRendererMain'),
    thread(2, 20, 'ServiceWorker thread'),
    compile(1, 10, 'chrome-extension://abc/assets/content.js', 3000, 1200),
    compile(1, 10, 'chrome-extension://abc/assets/card.js', 900),
    compile(1, 10, 'https://www.example.org/app.js', 5000, 4000),
    compile(2, 20, 'chrome-extension://abc/worker.js', 8000, 7000),
    { name: 'v8.run', ph: 'X', pid: 1, tid: 10, dur: 2000, tdur: 1500, args: { data: { url: 'chrome-extension://abc/assets/content.js' } } } satisfies TraceEvent,
  ];

  it("counts our scripts' compiling on pages' main threads, in CPU time where the trace has it", () => {
    expect(compileOfOurs(events)).toBeCloseTo(1.2 + 0.9, 6);
  });

  it("counts nothing for a page's own scripts or the worker's", () => {
    expect(compileOfOurs(events.filter((e) => !e.args?.data?.url?.includes('/assets/')))).toBe(0);
  });
});
