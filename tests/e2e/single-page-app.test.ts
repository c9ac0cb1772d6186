import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HOST, tabIdOf, waitForHighlights } from '../../scripts/lib/browser';
import { REPO, startBrowser } from './helpers';

/** A news site that swaps its article without a page load: Backstory reads the new one and forgets the old. */

const URL = 'https://theatlantic.com/world/kim-kursk';
let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(URL, `${REPO}tests/e2e/pages/single-page-app.html`);
});

afterAll(async () => {
  await browser?.close();
});

const highlighted = (page: import('playwright-core').Page) =>
  page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()));

describe('a single-page news app', () => {
  it('highlights the new article after the page swaps it in, and nothing of the old one', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(URL);
    await waitForHighlights(page);
    expect(await highlighted(page)).toContain('Kim Jong Un');
    await page.click('#next');
    await page.waitForFunction(() => [...(CSS.highlights.get('backstory-mention') ?? [])].some((r) => r.toString() === 'Volodymyr Zelenskyy'), undefined, {
      timeout: 10_000,
    });
    const now = await highlighted(page);
    expect(now).toEqual(expect.arrayContaining(['Volodymyr Zelenskyy', 'Kyiv', 'Emmanuel Macron', 'Friedrich Merz']));
    expect(now).not.toContain('Kim Jong Un');
    expect(await page.evaluate((selector) => document.querySelectorAll(selector).length, CARD_HOST)).toBeLessThanOrEqual(1);

    // The popup lists the article on screen now, not the one before.
    const tabId = await tabIdOf(browser.ext, page);
    const popup = await browser.ext.context.newPage();
    await popup.goto(`chrome-extension://${browser.ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-entity]');
    const listed = await popup.$$eval('[data-entity]', (els) => els.map((e) => e.getAttribute('data-entity')));
    expect(listed).toContain('volodymyr-zelenskyy');
    expect(listed).not.toContain('kim-jong-un');
    await popup.close();
    await page.close();
  });
});
