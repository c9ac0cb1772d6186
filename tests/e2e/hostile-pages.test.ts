import { readFileSync } from 'node:fs';
import type { CDPSession, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_PAGES, type HostilePage } from '../pages/hostile/manifest';
import { REPO, startBrowser } from './helpers';

/**
 * Every hostile page of `tests/pages/hostile/`, one trap each, opened with the built extension: no uncaught error in
 * the tab or the worker, the page's own script still does what it did (`window.pageCheck()`), and exactly the
 * highlights its manifest entry names. Everything the test reads it reads from a world of its own, since the pages
 * break the built-ins of theirs.
 */
const DIR = `${REPO}tests/pages/hostile/`;
const urlOf = (file: string) => `https://www.aljazeera.com/hostile/${file}`;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

let browser: Awaited<ReturnType<typeof startBrowser>>;
const workerErrors: string[] = [];

beforeAll(async () => {
  browser = await startBrowser();
  browser.ext.worker.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') workerErrors.push(m.text());
  });
  for (const entry of HOSTILE_PAGES) {
    const body = readFileSync(`${DIR}${entry.file}`);
    const headers = { 'content-type': 'text/html; charset=utf-8', ...entry.headers };
    browser.server.handle(urlOf(entry.file), (_req, res) => res.writeHead(200, headers).end(body));
  }
});

afterAll(async () => {
  await browser?.close();
});

interface OpenPage {
  page: Page;
  cdp: CDPSession;
  /** Uncaught exceptions and console errors of the tab, in any world (the page's, ours, a frame's). */
  errors: string[];
  /** Evaluates `expression` in a fresh isolated world of the top frame, untouched by the page's scripts. */
  inTestWorld<T>(expression: string): Promise<T>;
  /** Evaluates `expression` in the page's own world. */
  inPageWorld<T>(expression: string): Promise<T>;
  /** Evaluates `expression` in the extension's content-script world. */
  inExtensionWorld<T>(expression: string): Promise<T>;
}

async function openPage(url: string): Promise<OpenPage> {
  const page = await browser.ext.context.newPage();
  const cdp = await browser.ext.context.newCDPSession(page);
  const errors: string[] = [];
  const contexts = new Map<number, { origin: string; type?: string; frameId?: string }>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.set(context.id, { origin: context.origin, type: context.auxData?.type, frameId: context.auxData?.frameId }));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => errors.push(`uncaught: ${d.exception?.description ?? d.text} (${d.url ?? ''})`));
  cdp.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error' || type === 'assert') errors.push(`console.${type}: ${args.map((a) => a.description ?? String(a.value)).join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    // The favicon and other requests the pages' server does not answer are no error of ours.
    if (entry.level === 'error' && entry.source !== 'network') errors.push(`log (${entry.source}): ${entry.text} ${entry.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  await cdp.send('Page.enable');
  await page.goto(url, { waitUntil: 'load' });
  const evaluate = async <T>(expression: string, contextId?: number): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  const topFrame = async () => ((await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } }).frameTree.frame.id;
  return {
    page,
    cdp,
    errors,
    async inTestWorld(expression) {
      // A new world per call: the page may open its document again, which drops the worlds it had.
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: await topFrame(), worldName: 'hostile-test' });
      return evaluate(expression, executionContextId);
    },
    inPageWorld: (expression) => evaluate(expression),
    async inExtensionWorld(expression) {
      const frameId = await topFrame();
      const origin = `chrome-extension://${browser.ext.extensionId}`;
      const id = [...contexts].reverse().find(([, c]) => c.type === 'isolated' && c.origin.startsWith(origin) && c.frameId === frameId)?.[0];
      if (id === undefined) throw new Error(`no content-script world in ${url}`);
      return evaluate(expression, id);
    },
  };
}

const HIGHLIGHT_COUNTS = `(() => {
  const counts = {};
  for (const r of CSS.highlights.get('backstory-mention') ?? []) counts[r.toString()] = (counts[r.toString()] ?? 0) + 1;
  return counts;
})()`;

const isList = (h: HostilePage['highlights']): h is readonly string[] => Array.isArray(h);

function expectedCounts(entry: HostilePage): Record<string, number> {
  const { highlights } = entry;
  if (!isList(highlights)) return { ...highlights };
  const counts: Record<string, number> = {};
  for (const text of highlights) counts[text] = (counts[text] ?? 0) + 1;
  return counts;
}

const sorted = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Rests the reader's pointer on the highlighted `name` and waits for its card; returns the card's title. */
async function hoverHighlighted(open: OpenPage, name: string): Promise<string> {
  const point = await open.inTestWorld<{ x: number; y: number } | null>(`(() => {
    const range = [...(CSS.highlights.get('backstory-mention') ?? [])].find((r) => r.toString() === ${JSON.stringify(name)});
    if (!range) return null;
    range.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  })()`);
  if (!point) throw new Error(`"${name}" is not highlighted`);
  await open.page.mouse.move(point.x - 4, point.y);
  await open.page.mouse.move(point.x, point.y, { steps: 2 });
  await expect
    .poll(() => open.inTestWorld<boolean>(`[...document.querySelectorAll('html > div[data-backstory-card]')].some((d) => d.style.display === 'block')`), { timeout: 15_000 })
    .toBe(true);
  return cardTitle(open.cdp);
}

/** The card's title, read through DevTools: its shadow root is closed to the page and to the test's world. */
async function cardTitle(cdp: CDPSession): Promise<string> {
  interface DomNode { nodeId: number; nodeName: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const hosts: DomNode[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeName.toUpperCase() === 'DIV' && n.attributes?.includes('data-backstory-card') && n.shadowRoots?.length) hosts.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(root);
  const shadow = hosts.at(-1)?.shadowRoots?.[0];
  if (!shadow) throw new Error('no card host with a shadow root');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector: '#bs-title' });
  if (!nodeId) throw new Error('the card has no title');
  const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
  return outerHTML.replace(/<[^>]+>/g, '');
}

/** The publication day the worker stored for the tab at `url`. */
async function storedPublished(url: string): Promise<string | null | undefined> {
  return browser.ext.worker.evaluate(async (u) => {
    const all = (await chrome.storage.session.get(null)) as Record<string, { page?: { url?: string; published?: string | null } }>;
    return Object.values(all).find((s) => s?.page?.url === u)?.page?.published;
  }, url);
}

describe('the error watch', () => {
  it('sees an uncaught error thrown in the content-script world', async () => {
    const open = await openPage(urlOf(HOSTILE_PAGES[0]!.file));
    await expect.poll(() => open.inTestWorld<number>(`CSS.highlights.get('backstory-mention')?.size ?? 0`), { timeout: 20_000 }).toBeGreaterThan(0);
    await open.inExtensionWorld(`setTimeout(() => { throw new Error('probe from the content script'); }), true`);
    await expect.poll(() => open.errors.join('\n')).toMatch(/probe from the content script/);
    await open.page.close();
  });
});

describe('hostile pages', () => {
  it('are at least thirty, each file with one entry', () => {
    expect(HOSTILE_PAGES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(HOSTILE_PAGES.map((p) => p.file)).size).toBe(HOSTILE_PAGES.length);
  });

  it.each(HOSTILE_PAGES.map((p) => [p.file, p] as const))('%s', async (_file, entry) => {
    workerErrors.length = 0;
    const open = await openPage(urlOf(entry.file));
    const want = sorted(expectedCounts(entry));
    await expect.poll(async () => sorted(await open.inTestWorld<Record<string, number>>(HIGHLIGHT_COUNTS)), { timeout: 30_000, interval: 250 }).toEqual(want);
    await expect.poll(() => open.inPageWorld<unknown>('window.pageCheck()'), { timeout: 15_000 }).toBe(true);
    if (entry.hover) {
      const title = await hoverHighlighted(open, entry.hover);
      expect(title).toBe(entry.hover.replace(INVISIBLE, '').normalize('NFC'));
    }
    if (entry.published !== undefined) {
      const url = open.page.url();
      await expect.poll(() => storedPublished(url)).not.toBe(undefined);
      expect(await storedPublished(url)).toBe(entry.published);
    }
    // After a hover the highlights are still the same: nothing of ours was lost on the way.
    expect(sorted(await open.inTestWorld<Record<string, number>>(HIGHLIGHT_COUNTS))).toEqual(want);
    expect(open.errors, 'errors in the tab').toEqual([]);
    expect(workerErrors, 'errors in the service worker').toEqual([]);
    await open.cdp.detach();
    await open.page.close();
  }, 90_000);
});
