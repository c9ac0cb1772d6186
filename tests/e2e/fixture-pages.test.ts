import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { htmlPage, scanPage } from '../../scripts/lib/scan-page';
import { waitForHighlights } from '../../scripts/lib/browser';
import { SHARED_PAGES, startBrowser } from './helpers';
import { watchExtensionNetwork, type ExtensionNetworkWatch } from './network-watch';

/**
 * Real publishers' pages, opened under their own addresses (served from 127.0.0.1), with the full registry: the
 * extension highlights what the command-line scanner finds in the same article.
 */

function addressOf(file: string, html: string): string {
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(html)?.[1];
  if (canonical) return canonical.replace(/^http:/, 'https:');
  return file.startsWith('postlight-abcnews') ? 'https://abcnews.go.com/' : `https://aljazeera.com/${file}`;
}

const files = readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.html')).sort();
let browser: Awaited<ReturnType<typeof startBrowser>>;
let engine: Engine;
let network: ExtensionNetworkWatch;

beforeAll(async () => {
  engine = new Engine(loadDataset());
  browser = await startBrowser();
  network = watchExtensionNetwork(browser.ext.context);
});

afterAll(async () => {
  await browser?.close();
});

describe('fixture pages in Chromium', () => {
  it.each(files)('%s: highlights the names the scanner finds in the article', async (file) => {
    const html = readFileSync(`${SHARED_PAGES}${file}`, 'utf8');
    const url = addressOf(file, html);
    browser.server.route(url, `${SHARED_PAGES}${file}`);
    const expected = scanPage(engine, htmlPage(html)).mentions.map((m) => m.text);
    const page = await browser.ext.context.newPage();
    await network.watchPage(page);
    // The pages' own scripts reach for the network and fail: only our server answers.
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    if (expected.length === 0) {
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(() => CSS.highlights.get('backstory-mention')?.size ?? 0)).toBe(0);
    } else {
      await waitForHighlights(page);
      const shown = await page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()));
      // Publishers' scripts can still change the page after load; the bulk of the article must match.
      const missing = expected.filter((t) => !shown.includes(t));
      expect(missing.length / expected.length, `missing: ${missing.slice(0, 10).join(', ')}`).toBeLessThanOrEqual(0.1);
      const extra = shown.filter((t) => !expected.includes(t));
      expect(extra, 'highlighted but not found by the scanner').toEqual([]);
    }
    // The popup for this tab reads what was found; it too must stay inside the extension.
    const popup = await browser.ext.context.newPage();
    await popup.goto(`chrome-extension://${browser.ext.extensionId}/src/popup/index.html`);
    await popup.close();
    expect(network.outside(), 'requests that left the extension').toEqual([]);
    await page.close();
  }, 90_000);
});

describe('the network watch itself', () => {
  it('sees a request the service worker sends beyond the extension', async () => {
    const watch = watchExtensionNetwork(browser.ext.context);
    await browser.ext.worker.evaluate(() => fetch('https://probe.example/from-the-worker').catch(() => undefined));
    expect(watch.outside()).toContain('service worker: https://probe.example/from-the-worker');
  });
});
