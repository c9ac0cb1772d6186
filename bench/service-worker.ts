import { existsSync } from 'node:fs';
import { DIST, launchWithExtension } from '../scripts/lib/browser';
import type { EngineStatus } from '../src/messages';

/**
 * The engine's start-up in the real place: Chromium's service worker, stopped and woken again as MV3 does when a
 * worker idles. Returns one status per restart, as the worker itself measured it.
 */
export async function serviceWorkerStarts(restarts: number): Promise<EngineStatus[] | string> {
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
    const status = () => page.evaluate(() => chrome.runtime.sendMessage({ type: 'status', payload: {} }) as Promise<EngineStatus>);
    await status(); // first start: the install, not what a reader waits for later
    const out: EngineStatus[] = [];
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
