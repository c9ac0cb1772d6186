import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { htmlPage, scanPage } from '../../scripts/lib/scan-page';
import { waitForHighlights } from '../../scripts/lib/browser';
import { SHARED_PAGES, startBrowser } from './helpers';

/**
 * Real publishers' pages, opened under their own addresses (served from 127.0.0.1), with the full registry: the
 * extension highlights what the command-line scanner finds in the same article.
 */

function addressOf(file: string, html: string): string {
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(html)?.[1];
  if (canonical) return canonical.replace(/^http:/, 'https:');
  return file.startsWith('postlight-abcnews') ? 'https://abcnews.go.com/' : `https://world-news.example/${file}`;
}

const files = readdirSync(SHARED_PAGES).filter((f) => f.endsWith('.html')).sort();
let browser: Awaited<ReturnType<typeof startBrowser>>;
let engine: Engine;

beforeAll(async () => {
  engine = new Engine(loadDataset());
  browser = await startBrowser();
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
    await page.close();
  }, 90_000);
});
