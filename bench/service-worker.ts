import { existsSync } from 'node:fs';
import { DIST, launchWithExtension } from '../scripts/lib/browser';
import type { EngineStatus } from '../src/messages';

/** One wake-up: the worker's own timings, and the time the asking page waited for its first answer. */
export interface WorkerStart extends EngineStatus {
  /** From the request sent to a stopped worker until its answer came back: what a page waits on a cold start. */
  answerMs: number;
}

/**
 * The engine's start-up in the real place: Chromium's service worker, stopped and woken again as MV3 does when a
 * worker idles. Returns one status per restart, as the worker itself measured it, with the asker's wait.
 */
export async function serviceWorkerStarts(restarts: number): Promise<WorkerStart[] | string> {
  if (!existsSync(`${DIST}/manifest.json`)) return 'skipped: no build in dist/chrome (npm run build)';
  let ext;
  try {
    ext = await launchWithExtension({ serverPort: 1 });
  } catch (error) {
    return `skipped: ${(error as Error).message}`;
  }
  try {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    const status = () =>
      page.evaluate(async () => {
        const sent = performance.now();
        const answer = (await chrome.runtime.sendMessage({ type: 'status', payload: {} })) as EngineStatus;
        return { ...answer, answerMs: performance.now() - sent };
      });
    await status(); // first start: the install, not what a reader waits for later
    const out: WorkerStart[] = [];
    for (let i = 0; i < restarts; i++) {
      const cdp = await ext.context.newCDPSession(page);
      const stopped = new Promise<void>((done) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { runningStatus: string }[] }) => {
          if (versions.some((v) => v.runningStatus === 'stopped')) done();
        }),
      );
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
      out.push(await status());
    }
    return out;
  } finally {
    await ext.close();
  }
}
