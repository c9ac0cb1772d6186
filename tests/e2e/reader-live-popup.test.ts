import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf, waitForHighlights } from '../../scripts/lib/browser';
import { DEMO_FILE, REPO, startBrowser } from './helpers';

/** Live pages read incrementally, and the popup's states and switches, in Chromium with the built extension. */

const LIVE_URL = 'https://www.theguardian.com/live/kim-medals';
const QUIET_URL = 'https://www.npr.org/gardening';
let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(LIVE_URL, DEMO_FILE);
  browser.server.route(QUIET_URL, `${REPO}tests/e2e/pages/no-names.html`);
});

afterAll(async () => {
  await browser?.close();
});

const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()));

async function openPopup(page: Page): Promise<Page> {
  const tabId = await browser.ext.worker.evaluate(async (url) => (await chrome.tabs.query({ url })).map((t) => t.id)[0], page.url());
  const popup = await browser.ext.context.newPage();
  await popup.goto(`chrome-extension://${browser.ext.extensionId}/src/popup/index.html?tab=${tabId}`);
  return popup;
}

const popupState = (popup: Page) => popup.waitForSelector('main.page[data-state]:not([data-state="loading"])').then(() => popup.getAttribute('main.page', 'data-state'));

describe('a live page', () => {
  it('highlights live-blog posts added later, drops those removed, and reads a burst of mutations', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(LIVE_URL);
    await waitForHighlights(page);
    expect(await highlighted(page)).not.toContain('Emmanuel Macron');
    // Five live-blog posts, one after another, the way a live page adds them.
    await page.evaluate(() => {
      const body = document.querySelector('article .story-body') ?? document.querySelector('article')!;
      const posts = ['Emmanuel Macron spoke in Paris.', 'Friedrich Merz answered from Berlin.', 'Keir Starmer wrote from London.', 'Xi Jinping met officials in Beijing.', 'Narendra Modi flew to Tokyo.'];
      posts.forEach((text, i) =>
        setTimeout(() => {
          const p = document.createElement('p');
          p.className = 'live-post';
          p.textContent = text;
          body.append(p);
        }, i * 100),
      );
    });
    await page.waitForFunction(() => {
      const names = [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString());
      return ['Emmanuel Macron', 'Friedrich Merz', 'Keir Starmer', 'Xi Jinping', 'Narendra Modi'].every((n) => names.includes(n));
    });
    expect(await highlighted(page)).toContain('Kim Jong Un');

    // Removed text loses its highlights; the rest stay.
    await page.evaluate(() => document.querySelectorAll('p.live-post').forEach((p) => p.remove()));
    await page.waitForFunction(() => ![...(CSS.highlights.get('backstory-mention') ?? [])].some((r) => r.toString() === 'Emmanuel Macron'));
    expect(await highlighted(page)).toContain('Kim Jong Un');

    // A burst of thousands of mutations is one batch, not thousands of scans.
    await page.evaluate(() => {
      const box = document.createElement('div');
      document.body.append(box);
      for (let i = 0; i < 3000; i++) box.append(document.createElement('span'));
      const p = document.createElement('p');
      p.textContent = 'Recep Tayyip Erdoğan spoke in Ankara.';
      (document.querySelector('article .story-body') ?? document.querySelector('article')!).append(p);
    });
    await page.waitForFunction(() => [...(CSS.highlights.get('backstory-mention') ?? [])].some((r) => r.toString() === 'Ankara'));
    await page.close();
  });
});

describe('the popup', () => {
  it('says a page cannot be read, and that a page has no names', async () => {
    const blank = await browser.ext.context.newPage();
    await blank.goto('about:blank');
    const popup = await openPopup(blank);
    expect(await popupState(popup)).toBe('cannotRead');
    await popup.close();
    await blank.close();

    const quiet = await browser.ext.context.newPage();
    await quiet.goto(QUIET_URL);
    const popup2 = await openPopup(quiet);
    await popup2.waitForSelector('main.page[data-state="noNames"]');
    expect(await popup2.textContent('[data-testid="popup-state"]')).toMatch(/No people/);
    await popup2.close();
    await quiet.close();
  });

  it('turns Backstory off on this site and pauses it everywhere, applied to the open tab at once', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(LIVE_URL);
    await waitForHighlights(page);
    await tabIdOf(browser.ext, page);
    const popup = await openPopup(page);
    await popup.waitForSelector('main.page[data-state="found"]');
    await popup.click('[data-testid="site-switch"]');
    await popup.waitForSelector('main.page[data-state="offHere"]');
    await page.waitForFunction(() => !CSS.highlights.has('backstory-mention') && !document.querySelector('backstory-card'));
    expect(await popup.$('[data-entity]')).toBeNull(); // off means no list
    await popup.click('[data-testid="site-switch"]');
    await waitForHighlights(page);
    await popup.waitForSelector('main.page[data-state="found"]');

    await popup.click('[data-testid="pause-switch"]');
    await popup.waitForSelector('main.page[data-state="paused"]');
    await page.waitForFunction(() => !CSS.highlights.has('backstory-mention'));
    await popup.click('[data-testid="pause-switch"]');
    await waitForHighlights(page);
    await popup.close();
    await page.close();
  });
});
