import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** Chromium with the built extension loaded, for the end-to-end tests and the demo. */

export const DIST = resolve(new URL('../../dist/chrome', import.meta.url).pathname);

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The service worker; replace it after stopping the worker, as MV3 may do at any time. */
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium's options for the built extension, every host resolved to the test server on 127.0.0.1. */
export function extensionLaunchOptions(serverPort: number, headless = true, dist = DIST) {
  return {
    executablePath: chromiumPath(),
    headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}`,
      '--ignore-certificate-errors',
    ],
  };
}

/** `dist`: another build of the extension than dist/chrome (the bench's `--baseline`). */
export async function launchWithExtension(opts: { serverPort: number; headless?: boolean; dist?: string }): Promise<ExtensionBrowser> {
  const dist = opts.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run npm run build first.`);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(profile, extensionLaunchOptions(opts.serverPort, opts.headless ?? true, dist));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script has registered its highlights on the page. */
export async function waitForHighlights(page: Page): Promise<number> {
  await page.waitForFunction(() => (CSS.highlights.get('backstory-mention')?.size ?? 0) > 0, undefined, { timeout: 20_000 });
  return page.evaluate(() => CSS.highlights.get('backstory-mention')?.size ?? 0);
}

/** The centre of the first occurrence of `text` inside `selector`, in viewport coordinates, scrolled into view. */
export async function pointOfText(page: Page, text: string, selector = 'article'): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([needle, scope]) => {
      const root = document.querySelector(scope!) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(needle!);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle!.length);
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    },
    [text, selector] as const,
  );
  if (!point) throw new Error(`"${text}" is not on the page`);
  return point;
}

/** Rests the pointer on a name until the card opens. */
export async function hoverName(page: Page, text: string): Promise<void> {
  const { x, y } = await pointOfText(page, text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y, { steps: 2 });
  await waitForCard(page, 'open');
}

/** The card's host element: a plain `div` marked with this attribute. */
export const CARD_HOST = '[data-backstory-card]';

/** Waits until the card is shown (`open`) or hidden (`closed`). */
export async function waitForCard(page: Page, state: 'open' | 'closed', timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    ([selector, want]) => ((document.querySelector(selector!) as HTMLElement | null)?.style.display === 'block') === (want === 'open'),
    [CARD_HOST, state] as const,
    { timeout },
  );
}

/**
 * The card's HTML. Its shadow root is closed, so page scripts cannot read it; the DevTools protocol can, which is
 * how a test sees what the reader sees.
 */
export async function cardHtml(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    interface DomNode { nodeId: number; nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const find = (n: DomNode): DomNode | undefined => {
      if (n.nodeName === 'DIV' && n.attributes?.includes('data-backstory-card')) return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const hit = find(c);
        if (hit) return hit;
      }
      return undefined;
    };
    const host = find(root);
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('no card on the page');
    const parts = await Promise.all((shadow.children ?? []).map((c) => cdp.send('DOM.getOuterHTML', { nodeId: c.nodeId })));
    return parts.map((p) => (p as { outerHTML: string }).outerHTML).join('');
  } finally {
    await cdp.detach();
  }
}

/** The browser's id for the tab showing `page`: the one whose scan the extension has stored. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(async (u) => {
    const all = (await chrome.storage.session.get(null)) as Record<string, { page?: { url?: string } }>;
    const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.page?.url === u);
    return key === undefined ? undefined : Number(key.slice(4));
  }, url);
  if (id === undefined) throw new Error(`Backstory holds no scan of ${url}`);
  return id;
}

/**
 * Stops the extension's service worker through the DevTools protocol and waits until it is stopped, as Chromium does
 * to an idle worker: everything it held in memory is gone, and the next message starts it again.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const stopped = new Promise<void>((done) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: { runningStatus: string }[] }) => {
      if (versions.some((v) => v.runningStatus === 'stopped')) done();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}
