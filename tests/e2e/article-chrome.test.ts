import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { htmlPage, scanPage } from '../../scripts/lib/scan-page';
import { waitForHighlights } from '../../scripts/lib/browser';
import { REPO, startBrowser } from './helpers';

/**
 * Our own page with the chrome news sites put around an article (menus, a font list, a video player's caption
 * settings, follow and share bars, hidden teasers, editable comment boxes) and a name written with soft hyphens:
 * only the article's names are highlighted, and the hyphenated name's range covers exactly its characters.
 */
const FILE = `${REPO}tests/pages/chrome/article-with-chrome.html`;
const URL_OF_PAGE = 'https://aljazeera.com/2024/03/12/article-with-chrome.html';
const SHY = '\u00AD';

let browser: Awaited<ReturnType<typeof startBrowser>>;
let engine: Engine;

beforeAll(async () => {
  engine = new Engine(loadDataset());
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('an article inside page chrome, in Chromium', () => {
  it('highlights the article names only, the soft-hyphenated one over exactly its characters', async () => {
    const html = readFileSync(FILE, 'utf8');
    browser.server.route(URL_OF_PAGE, FILE);
    const expected = scanPage(engine, htmlPage(html)).mentions.map((m) => m.text);
    expect(expected).toContain(`Vla${SHY}di${SHY}mir Pu${SHY}tin`);
    const page = await browser.ext.context.newPage();
    await page.goto(URL_OF_PAGE, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForHighlights(page);
    const shown = await page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()));
    expect([...shown].sort()).toEqual([...expected].sort());
    const inChrome = await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const chrome = [...article.querySelectorAll('[role], select, [hidden], [aria-hidden], [style], [contenteditable], .follow-bar, .vjs-player, .link-list')]
        .filter((el) => el.getAttribute('contenteditable') !== 'false');
      return [...(CSS.highlights.get('backstory-mention') ?? [])].filter((r) => chrome.some((el) => el.contains(r.startContainer))).map((r) => r.toString());
    });
    expect(inChrome).toEqual([]);
    await page.close();
  }, 90_000);
});
