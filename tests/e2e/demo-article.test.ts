import { parseHTML } from 'linkedom';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HOST, cardHtml, hoverName, stopServiceWorker, tabIdOf, waitForCard, waitForHighlights } from '../../scripts/lib/browser';
import { DEMO_FILE, IMAGES, startBrowser } from './helpers';

/** The whole path on the demo article, in real Chromium with the built extension. */

const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
let browser: Awaited<ReturnType<typeof startBrowser>>;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(DEMO_URL, DEMO_FILE);
  browser.ext.context.on('request', (r: Request) => requests.push(r.url()));
  page = await browser.ext.context.newPage();
  await page.goto(DEMO_URL);
  await waitForHighlights(page);
});

afterAll(async () => {
  await browser?.close();
});

/** The served document as parsed fresh, next to the live one: equal means the extension changed nothing. */
async function pristineAndLiveBody(p: Page): Promise<[string, string]> {
  return p.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const fresh = new DOMParser().parseFromString(source, 'text/html');
    return [fresh.body.outerHTML, document.body.outerHTML] as [string, string];
  });
}

describe('Backstory on the demo article', () => {
  it('highlights the names of the article, and only there', async () => {
    const names = await page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()));
    for (const name of ['Kim Jong Un', 'Korean Central News Agency', 'KCNA', 'Kursk', 'Seoul', 'Vladimir Putin', 'Donald Trump', 'Volodymyr Zelenskyy', 'North Korea', 'Russia', 'Pyongyang']) {
      expect(names).toContain(name);
    }
    const inArticle = await page.evaluate(() =>
      [...(CSS.highlights.get('backstory-mention') ?? [])].every((r) => (r as Range).commonAncestorContainer.parentElement?.closest('article .story-body, article h1, article .dek') != null),
    );
    expect(inArticle).toBe(true);
  });

  it('opens a card for Kim Jong Un with dated, sourced events, and closes it on Escape', async () => {
    await hoverName(page, 'Kim Jong Un');
    const { document } = parseHTML(`<div>${await cardHtml(page)}</div>`);
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('bs-title');
    expect(document.querySelector('#bs-title')?.textContent).toBe('Kim Jong Un');
    expect(document.querySelector('#bs-description')?.textContent?.length).toBeGreaterThan(20);
    const events = [...document.querySelectorAll('li[data-event]')];
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const e of events) {
      expect(e.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(e.querySelector('.sources a')?.getAttribute('href')).toMatch(/^https:\/\//);
    }
    const headings = [...document.querySelectorAll('h3')].map((h) => h.textContent);
    // The article's date as the browser's UI language writes it ("22 Aug 2025", "Aug 22, 2025").
    const lang = await browser.ext.worker.evaluate(() => chrome.i18n.getUILanguage());
    const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 7, 22)));
    expect(headings).toEqual([`Since this article (${day})`, `Before this article (${day})`]);
    await page.screenshot({ path: `${IMAGES}card.png`, caret: 'initial' });

    await page.keyboard.press('Escape');
    await waitForCard(page, 'closed');
  });

  it('keeps the card open while the pointer moves into it, and closes it when the pointer leaves', async () => {
    await hoverName(page, 'Vladimir Putin');
    const box = await page.evaluate((selector) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { x: r.left + 40, y: r.top + 30 };
    }, CARD_HOST);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    await page.waitForTimeout(700);
    expect(await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).style.display, CARD_HOST)).toBe('block');
    await page.mouse.move(5, 890, { steps: 3 });
    await waitForCard(page, 'closed');
  });

  it('opens the card for the name at the selection (the keyboard command), with focus in the dialog', async () => {
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf('Donald Trump');
        if (at >= 0) {
          getSelection()!.setBaseAndExtent(n, at + 1, n, at + 4);
          return;
        }
      }
    });
    // Headless Chromium has no browser UI to turn Alt+Shift+B into the command: send what the command sends.
    const tabId = await tabIdOf(browser.ext, page);
    const opened = await browser.ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'openCardAtSelection', payload: {} }), tabId);
    expect(opened).toBe(true);
    await waitForCard(page, 'open');
    expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), CARD_HOST)).toBe(true);
    const { document } = parseHTML(`<div>${await cardHtml(page)}</div>`);
    expect(document.querySelector('#bs-title')?.textContent).toBe('Donald Trump');
    await page.keyboard.press('Escape');
    await waitForCard(page, 'closed');
  });

  it('leaves the article DOM byte-identical; its only node is the card host', async () => {
    const [pristine, live] = await pristineAndLiveBody(page);
    expect(live).toBe(pristine);
    const added = await page.evaluate(() => [...document.documentElement.children].map((c) => c.tagName));
    expect(added).toEqual(['HEAD', 'BODY', 'DIV']);
  });

  it('lists the page in the popup, with events since the article', async () => {
    const tabId = await tabIdOf(browser.ext, page);
    const popup = await browser.ext.context.newPage();
    await popup.goto(`chrome-extension://${browser.ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-entity]');
    const entities = await popup.$$eval('[data-entity]', (els) => els.map((e) => e.getAttribute('data-entity')));
    for (const id of ['kim-jong-un', 'north-korea', 'russia', 'vladimir-putin', 'donald-trump', 'volodymyr-zelenskyy', 'korean-central-news-agency']) {
      expect(entities).toContain(id);
    }
    const groups = await popup.$$eval('section[aria-label] > h3', (els) => els.map((e) => e.textContent));
    expect(groups).toEqual(expect.arrayContaining([expect.stringMatching(/^People \(\d+\)$/), expect.stringMatching(/^Countries \(\d+\)$/)]));
    const since = await popup.$$eval('section[aria-labelledby="since"] time', (els) => els.map((e) => e.getAttribute('datetime') ?? ''));
    expect(since.length).toBeGreaterThan(0);
    for (const d of since) expect(d > '2025-08-22').toBe(true);

    // Keyboard only: Enter on an entity takes the reader to its first mention on the page, card open with focus in
    // it; the popup closes, as it does when the reader moves to the page.
    await popup.focus('[data-entity="kim-jong-un"]');
    const closed = popup.waitForEvent('close');
    // The popup closes itself while the key is being pressed.
    await popup.keyboard.press('Enter').catch(() => undefined);
    await closed;
    await waitForCard(page, 'open');
    expect(await page.evaluate((selector) => document.activeElement?.matches(selector), CARD_HOST)).toBe(true);
    expect(parseHTML(`<div>${await cardHtml(page)}</div>`).document.querySelector('#bs-title')?.textContent).toBe('Kim Jong Un');
    const marked = await page.evaluate(() => [...(CSS.highlights.get('backstory-active') ?? [])].map((r) => r.toString()));
    expect(marked).toEqual(['Kim Jong Un']);
    await page.keyboard.press('Escape');
    await waitForCard(page, 'closed');
  });

  it('still shows the page in the popup after the service worker was stopped', async () => {
    const tabId = await tabIdOf(browser.ext, page);
    await stopServiceWorker(browser.ext.context, page); // the worker and everything it held in memory are gone
    const popup = await browser.ext.context.newPage();
    await popup.goto(`chrome-extension://${browser.ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-entity="kim-jong-un"]');
    await popup.close();
    browser.ext.worker = browser.ext.context.serviceWorkers()[0] ?? (await browser.ext.context.waitForEvent('serviceworker'));
  });

  it('turns off cleanly: highlights and card host are gone when Backstory is paused', async () => {
    await browser.ext.worker.evaluate(() => chrome.storage.sync.set({ paused: true }));
    await page.waitForFunction((selector) => !CSS.highlights.has('backstory-mention') && !document.querySelector(selector), CARD_HOST);
    const [pristine, live] = await pristineAndLiveBody(page);
    expect(live).toBe(pristine);
    await browser.ext.worker.evaluate(() => chrome.storage.sync.set({ paused: false }));
    await waitForHighlights(page);
  });

  it('sent no request beyond this machine', () => {
    const outside = requests.filter((u) => !u.startsWith(DEMO_URL) && !u.startsWith('chrome-extension://'));
    expect(outside).toEqual([]);
  });
});
