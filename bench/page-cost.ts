import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { extensionLaunchOptions, launchWithExtension, type ExtensionBrowser } from '../scripts/lib/browser';
import { startPageServer, type PageServer } from '../scripts/lib/server';

/**
 * What Backstory costs a reader on a real page, against the same page in the same Chromium without it, the two
 * loaded in turn (with, without, without, with, …) so that a busy moment of this shared machine falls on both.
 *
 * Our main-thread time is V8's sampling profile of the page's main thread from navigation until the page is idle
 * after the highlights, counting every sample with a `chrome-extension://` frame on its stack (module loading and
 * the native work our code calls included); ../shared/guide/PERFORMANCE.md explains why task timings cannot see it.
 */

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** One load of one page. */
export interface Run {
  /** Main-thread time with a frame of ours on the stack, each sample weighted by the gap to the next one. */
  ourMs: number;
  /**
   * The same, counting samples at the profile's median interval: on a loaded machine a descheduled thread makes a
   * long gap that the gap-weighted figure charges to whatever was on the stack; this one does not.
   */
  ourSampledMs: number;
  /** The longest stretch of consecutive samples of ours: a long task of ours would be ≥ 50 ms here. */
  ourLongestMs: number;
  /** The same stretch counted in samples at the median interval, as `ourSampledMs` (a descheduled thread's gap not charged). */
  ourLongestSampledMs: number;
  /** All script and native work the profiler saw on the main thread (ours included). */
  busyMs: number;
  /** Samples that were not idle, ours and everyone else's. */
  busySamples: number;
  /** The main thread's CPU time (`Performance.getMetrics` ThreadTime): time it ran, not time it waited for a core. */
  threadMs: number;
  /**
   * Our CPU time: the thread's CPU time times our share of its busy samples. A loaded machine delays the sampler
   * for everyone's frames alike and leaves the thread's CPU time as it is, so this moves least with the load.
   */
  ourCpuMs: number;
  /** The renderer's own count of main-thread task time (`Performance.getMetrics` TaskDuration). */
  taskMs: number;
  /**
   * V8's compilation of our scripts as they enter the page, from a trace of the load: no frame of ours is on the
   * stack while it runs, so the samples above never see it (ADR 32). CPU time where the trace gives it.
   */
  ourCompileMs: number;
  /** Long tasks (≥ 50 ms) the page's own `PerformanceObserver` saw, whoever ran them. */
  longTasks: number;
  /** JS heap in use after a full collection (the content scripts' world shares the page's heap). */
  heapMb: number;
  /** From navigation start to the first frame with our highlights; undefined without Backstory. */
  firstHighlightMs: number | undefined;
  highlights: number;
  /** Samples with a frame of ours (the profiler samples every 100 µs when it gets the thread). */
  ourSamples: number;
  /** Our time by the function on top of the stack (self time), for finding where it goes; counted in samples, as `ourSampledMs`. */
  ourSelfMs: Map<string, number>;
  /** Our time by every function of ours on the stack (total time): which step of ours the work was done for; counted in samples. */
  ourTotalMs: Map<string, number>;
  /**
   * Our time by whole stack, top frame first (`a < b < c`), counted in samples: a native frame on top (a getter, a DOM
   * call) has no address of ours, and only its callers say which line of ours paid for it (`--stacks`).
   */
  ourStacksMs: Map<string, number>;
}

const LONG_TASK_MS = 50;

function attribute(profile: Profile): Pick<Run, 'ourMs' | 'ourSampledMs' | 'ourSamples' | 'ourLongestMs' | 'ourLongestSampledMs' | 'busyMs' | 'busySamples' | 'ourSelfMs' | 'ourTotalMs' | 'ourStacksMs'> {
  const sorted = [...profile.timeDeltas].sort((a, b) => a - b);
  const intervalUs = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let ourUs = 0;
  let busyUs = 0;
  let busySamples = 0;
  let stretchUs = 0;
  let longestUs = 0;
  let stretchSamples = 0;
  let longestSamples = 0;
  let ourSamples = 0;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const stacks = new Map<string, number>();
  const keyOf = (id: number) => {
    const { functionName, url } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}`;
  };
  profile.samples.forEach((id, i) => {
    const name = byId.get(id)!.callFrame.functionName;
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time is the gap to the next one
    if (name === '(idle)') {
      stretchUs = 0;
      stretchSamples = 0;
      return;
    }
    busyUs += dt;
    busySamples++;
    if (name !== '(program)' && name !== '(garbage collector)' && isOurs(id)) {
      ourUs += dt;
      ourSamples++;
      stretchUs += dt;
      stretchSamples++;
      const key = keyOf(id);
      self.set(key, (self.get(key) ?? 0) + intervalUs / 1000);
      const stack: string[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(keyOf(at).trim());
      const stackKey = stack.join(' < ');
      stacks.set(stackKey, (stacks.get(stackKey) ?? 0) + intervalUs / 1000);
      const onStack = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)!.callFrame.url.startsWith('chrome-extension://')) onStack.add(keyOf(at));
      for (const k of onStack) total.set(k, (total.get(k) ?? 0) + intervalUs / 1000);
      longestUs = Math.max(longestUs, stretchUs);
      longestSamples = Math.max(longestSamples, stretchSamples);
    } else {
      stretchUs = 0;
      stretchSamples = 0;
    }
  });
  return {
    ourMs: ourUs / 1000,
    ourSampledMs: (ourSamples * intervalUs) / 1000,
    ourSamples,
    ourLongestMs: longestUs / 1000,
    ourLongestSampledMs: (longestSamples * intervalUs) / 1000,
    busyMs: busyUs / 1000,
    busySamples,
    ourSelfMs: self,
    ourTotalMs: total,
    ourStacksMs: stacks,
  };
}

/**
 * Runs in the page's own world in both variants, so that whatever it costs falls on both alike. A string, not a
 * function: tsx's name-keeping helpers would be compiled into a function and are missing in the page.
 */
/** A trace event, as much of it as we read. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Wall and thread (CPU) durations, in µs. */
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { url?: string } };
}

/**
 * The compile time of our scripts on pages' main threads: V8's `v8.compile` events of `chrome-extension://` scripts
 * on the threads named `CrRendererMain` (the worker's own compiling is on other threads), in CPU time where the event
 * has it (a loaded machine's waiting is not our cost), else wall time.
 */
export function compileOfOurs(events: readonly TraceEvent[]): number {
  const main = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') main.add(`${e.pid}:${e.tid}`);
  let us = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'v8.compile' || !main.has(`${e.pid}:${e.tid}`)) continue;
    if (e.args?.data?.url?.startsWith('chrome-extension://')) us += e.tdur ?? e.dur ?? 0;
  }
  return us / 1000;
}

const PAGE_PROBE = `(() => {
  const bench = (window.__bench = { longTasks: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.duration >= ${LONG_TASK_MS}) bench.longTasks++;
  }).observe({ type: 'longtask', buffered: true });
  const frame = () => {
    if (((CSS.highlights && CSS.highlights.get('backstory-mention')) || { size: 0 }).size > 0) bench.firstHighlight = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

async function loadOnce(context: BrowserContext, url: string, withExtension: boolean): Promise<Run> {
  const page = await context.newPage();
  await page.addInitScript({ content: PAGE_PROBE });
  const cdp: CDPSession = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    // Only V8's own category: the compile events we read, at little cost to the load being measured.
    const trace: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => trace.push(...(value as unknown as TraceEvent[])));
    const traced = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['v8'] }, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (withExtension) await page.waitForFunction(() => (window as unknown as { __bench: { firstHighlight?: number } }).__bench.firstHighlight !== undefined, undefined, { timeout: 60_000 });
    // Whatever follows the first highlight (the rest of the drawing, hover set-up) counts too: stop once idle.
    await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => requestIdleCallback(() => done()))));
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    await cdp.send('Tracing.end');
    await traced;
    const probe = await page.evaluate(() => ({
      ...(window as unknown as { __bench: { longTasks: number; firstHighlight?: number } }).__bench,
      highlights: CSS.highlights?.get('backstory-mention')?.size ?? 0,
    }));
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const sampled = attribute(profile);
    const threadMs = (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
    return {
      ...sampled,
      threadMs,
      ourCpuMs: sampled.busySamples > 0 ? (threadMs * sampled.ourSamples) / sampled.busySamples : 0,
      ourCompileMs: compileOfOurs(trace),
      taskMs: (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000,
      longTasks: probe.longTasks,
      heapMb: usedSize / 1e6,
      firstHighlightMs: probe.firstHighlight,
      highlights: probe.highlights,
    };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

export interface PageCost {
  label: string;
  url: string;
  with: Run[];
  without: Run[];
  /** Loads with the baseline build (`--baseline DIR`), in turn with the others; empty without one. */
  baseline: Run[];
}

/** The same Chromium as the extension's, with no extension at all. */
async function launchPlain(serverPort: number): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-'));
  const options = extensionLaunchOptions(serverPort);
  const context = await chromium.launchPersistentContext(profile, { ...options, args: options.args.filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except')) });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * With a `baseline` build (another dist/chrome), a third browser holds it and its loads take their turn with the
 * other two, so that ratios of ours to the baseline's come from the same moments of this shared machine.
 */
export async function pageCosts(pages: { label: string; url: string; file: string }[], rounds: number, baseline?: string): Promise<PageCost[] | string> {
  let server: PageServer | undefined;
  let ext: ExtensionBrowser | undefined;
  let base: ExtensionBrowser | undefined;
  let plain: Awaited<ReturnType<typeof launchPlain>> | undefined;
  try {
    server = await startPageServer();
    ext = await launchWithExtension({ serverPort: server.port });
    if (baseline) base = await launchWithExtension({ serverPort: server.port, dist: baseline });
    plain = await launchPlain(server.port);
  } catch (error) {
    await ext?.close();
    await base?.close();
    await server?.close();
    return `skipped: ${(error as Error).message}`;
  }
  try {
    const out: PageCost[] = pages.map(({ label, url, file }) => {
      server.route(url, file);
      return { label, url, with: [], without: [], baseline: [] };
    });
    type Variant = 'with' | 'without' | 'baseline';
    const load = (variant: Variant, url: string) =>
      variant === 'with' ? loadOnce(ext.context, url, true) : variant === 'baseline' ? loadOnce(base!.context, url, true) : loadOnce(plain.context, url, false);
    const variants: Variant[] = base ? ['with', 'baseline', 'without'] : ['with', 'without'];
    // One load of each to warm the disk cache and the worker: the reader's second page, not the first ever.
    for (const p of out) for (const v of variants) await load(v, p.url);
    for (let round = 0; round < rounds; round++) {
      for (const p of out) {
        // Each variant goes first in turn, so that none is always the one loaded right after another.
        const order = variants.map((_, k) => variants[(k + round) % variants.length]!);
        for (const v of order) p[v].push(await load(v, p.url));
      }
    }
    return out;
  } finally {
    await plain.close();
    await base?.close();
    await ext.close();
    await server.close();
  }
}
