import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DIST, extensionLaunchOptions, stopServiceWorker } from '../scripts/lib/browser';
import type { EngineStatus } from '../src/messages';

/** One wake-up: the worker's own timings, and the time the asking page waited for its first answer. */
export interface WorkerStart extends EngineStatus {
  /** From the request sent to a stopped worker until its answer came back: what a page waits on a cold start. */
  answerMs: number;
}

/** A Chromium holding one build of the extension, whose worker can be stopped and asked again. */
interface WorkerProbe {
  /** Stops the worker, as MV3 does when it idles, and asks it for its status: the cold start a page waits on. */
  restart(): Promise<WorkerStart>;
  close(): Promise<void>;
}

async function openProbe(dist: string): Promise<WorkerProbe> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-bench-worker-'));
  const options = extensionLaunchOptions(1);
  const args = options.args.map((a) => (a.startsWith('--load-extension=') ? `--load-extension=${dist}` : a.startsWith('--disable-extensions-except=') ? `--disable-extensions-except=${dist}` : a));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, { ...options, args });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page: Page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/src/options/index.html`);
    const status = () =>
      page.evaluate(async () => {
        const sent = performance.now();
        const answer = (await chrome.runtime.sendMessage({ type: 'status', payload: {} })) as EngineStatus;
        return { ...answer, answerMs: performance.now() - sent };
      });
    await status(); // first start: the install, not what a reader waits for later
    const ctx = context;
    return {
      async restart() {
        await stopServiceWorker(ctx, page);
        return status();
      },
      async close() {
        await ctx.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The engine's start-up in the real place: Chromium's service worker, stopped and woken again as MV3 does when a
 * worker idles. Returns one status per restart, as the worker itself measured it, with the asker's wait. With a
 * `baseline` build (another dist/chrome), the two are woken in turn in two browsers open side by side, so that a busy
 * moment of this shared machine falls on both, and both lists are answered.
 */
export async function serviceWorkerStarts(restarts: number, baseline?: string): Promise<{ ours: WorkerStart[]; baseline?: WorkerStart[] } | string> {
  if (!existsSync(`${DIST}/manifest.json`)) return 'skipped: no build in dist/chrome (npm run build)';
  if (baseline && !existsSync(`${baseline}/manifest.json`)) return `skipped: no build in ${baseline}`;
  const probes: WorkerProbe[] = [];
  try {
    probes.push(await openProbe(DIST));
    if (baseline) probes.push(await openProbe(baseline));
  } catch (error) {
    for (const p of probes) await p.close();
    return `skipped: ${(error as Error).message}`;
  }
  try {
    const out: WorkerStart[][] = probes.map(() => []);
    for (let i = 0; i < restarts; i++) {
      // Alternate which goes first, so that neither is always the one woken right after the other.
      const order = i % 2 === 0 ? probes.map((_, k) => k) : probes.map((_, k) => k).reverse();
      for (const k of order) out[k]!.push(await probes[k]!.restart());
    }
    return baseline ? { ours: out[0]!, baseline: out[1]! } : { ours: out[0]! };
  } finally {
    for (const p of probes) await p.close();
  }
}
