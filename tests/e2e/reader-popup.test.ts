import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HOST, stopServiceWorker, waitForCard, waitForHighlights } from '../../scripts/lib/browser';
import { DEMO_FILE, REPO, startBrowser } from './helpers';
import { axeViolations, IMAGES, openPopup, popupState } from './reader-pages';

/**
 * The toolbar popup in Chromium with the built extension: one state for each situation, the names grouped by type,
 * the search over the whole dataset, the keyboard path from the list to a name and back, axe-core, screenshots.
 */

const NEWS_URL = 'https://www.theguardian.com/world/kim-medals';
const QUIET_URL = 'https://www.npr.org/gardening';
const PDF_URL = 'https://www.theguardian.com/files/report.pdf';
let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(NEWS_URL, DEMO_FILE);
  browser.server.route(QUIET_URL, `${REPO}tests/e2e/pages/no-names.html`);
  browser.server.handle(PDF_URL, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n%%EOF\n');
  });
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string): Promise<Page> {
  const page = await browser.ext.context.newPage();
  await page.goto(url);
  return page;
}

const stateText = (popup: Page) => popup.textContent('[data-testid="popup-state"]');

/**
 * Tells the worker, from the content script's own isolated world in `page`, that the page is being read, with the
 * request the content script starts every reading with (`scanChanges` with `reading`). The worker is stopped first,
 * as Chromium stops an idle one, so that it holds none of the page's text and answers `lost` to a request that is not
 * `fresh`: it stores the page as being read and no findings after it, and the popup speaks of a page still being read
 * until the next report (in the product the page then sends its text again; here nothing follows).
 */
async function reportReading(page: Page, navigated: boolean): Promise<void> {
  await stopServiceWorker(browser.ext.context, page);
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts: { id: number; origin: string; auxData?: { isDefault?: boolean } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: (typeof contexts)[number] }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.origin === `chrome-extension://${browser.ext.extensionId}` && c.auxData?.isDefault === false);
    if (!world) throw new Error(`no content script world in ${page.url()}`);
    const payload = `{ page: { url: location.href, title: document.title, published: null }, fresh: false, added: [], removed: [], reading: { navigated: ${navigated} } }`;
    const expression = `chrome.runtime.sendMessage({ type: 'scanChanges', payload: ${payload} })`;
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as { result?: { value?: unknown }; exceptionDetails?: unknown };
    if (exceptionDetails) throw new Error(`scanChanges failed: ${JSON.stringify(exceptionDetails)}`);
    if (JSON.stringify(result?.value) !== JSON.stringify({ lost: true })) throw new Error(`the worker still held the page: ${JSON.stringify(result?.value)}`);
  } finally {
    await cdp.detach();
  }
}

describe('the popup says why, for each state a page can be in', () => {
  it('cannot read a browser page or a PDF', async () => {
    for (const url of ['chrome://version/', PDF_URL]) {
      const page = await open(url);
      const popup = await openPopup(browser.ext, page);
      expect(await popupState(popup)).toBe('cannotRead');
      expect(await stateText(popup)).toMatch(/cannot read this page/);
      expect(await popup.$('[data-testid="site-switch"]')).toBeNull();
      await popup.close();
      await page.close();
    }
  });

  it('has the switch where Backstory is off on this site, and no list', async () => {
    const news = await open(NEWS_URL);
    await waitForHighlights(news);
    const popup2 = await openPopup(browser.ext, news);
    await popup2.waitForSelector('main.page[data-state="found"]');
    await popup2.click('[data-testid="site-switch"]');
    await popup2.waitForSelector('main.page[data-state="offHere"]');
    expect(await stateText(popup2)).toBe('Backstory is off on this site.');
    expect(await popup2.isChecked('[data-testid="site-switch"]')).toBe(false);
    expect(await popup2.$('[data-entity]')).toBeNull();
    await popup2.click('[data-testid="site-switch"]');
    await popup2.waitForSelector('main.page[data-state="found"]');
    await popup2.close();
    await news.close();
  });

  it('says a page is still being read, and that nothing is found yet after a navigation, until the page reports', async () => {
    const page = await open(NEWS_URL);
    await waitForHighlights(page);
    const popup = await openPopup(browser.ext, page);
    await popup.waitForSelector('main.page[data-state="found"]');
    await reportReading(page, false);
    await popup.waitForSelector('main.page[data-state="reading"]');
    expect(await stateText(popup)).toMatch(/^Reading this page/);
    expect(await popup.$('[data-entity]')).toBeNull();
    await reportReading(page, true);
    await popup.waitForFunction(() => /^Nothing found yet/.test(document.querySelector('[data-testid="popup-state"]')?.textContent ?? ''));
    // The page reads itself again and reports: the open popup follows it.
    await page.reload();
    await popup.waitForSelector('main.page[data-state="found"]', { timeout: 20_000 });
    await popup.close();
    await page.close();
  });

  it('says a page has no names', async () => {
    const quiet = await open(QUIET_URL);
    const popup = await openPopup(browser.ext, quiet);
    await popup.waitForSelector('main.page[data-state="noNames"]');
    expect(await stateText(popup)).toMatch(/^No people, countries, organisations or places/);
    await popup.close();
    await quiet.close();
  });

  it('lists the names found grouped by type, each group with its count and each name with its mentions', async () => {
    const page = await open(NEWS_URL);
    await waitForHighlights(page);
    const popup = await openPopup(browser.ext, page);
    await popup.waitForSelector('main.page[data-state="found"]');
    const groups = await popup.$$eval('main.page section[aria-label]', (sections) =>
      sections.map((s) => ({ heading: s.querySelector('h3')?.textContent ?? '', names: [...s.querySelectorAll('[data-entity]')].map((b) => b.getAttribute('data-entity')) })),
    );
    expect(groups.map((g) => g.heading.replace(/ \(\d+\)$/, ''))).toEqual(expect.arrayContaining(['People', 'Countries']));
    for (const g of groups) expect(g.heading).toMatch(new RegExp(`\\(${g.names.length}\\)$`));
    const people = groups.find((g) => g.heading.startsWith('People'))!;
    expect(people.names).toContain('kim-jong-un');
    // Kim Jong Un's count is the number of his highlighted mentions on the page.
    const onPage = await page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].filter((r) => /Kim( Jong Un)?$/.test(r.toString())).length);
    const listed = await popup.textContent('[data-entity="kim-jong-un"] .count');
    expect(listed).toBe(`×${onPage}`);
    await popup.close();
    await page.close();
  });
});

describe('search over the whole dataset', () => {
  it('finds names and aliases with accents ignored, and opens the card in the popup', async () => {
    const page = await open(QUIET_URL);
    const popup = await openPopup(browser.ext, page);
    await popupState(popup);
    const search = async (query: string) => {
      await popup.fill('#search', query);
      await popup.waitForFunction((q) => document.querySelector('.search')?.getAttribute('data-answered') === q, query);
      return popup.$$eval('ul.results [data-result]', (bs) => bs.map((b) => b.getAttribute('data-result')));
    };
    expect(await search('Zelenskyy')).toContain('volodymyr-zelenskyy');
    expect(await search('zelensky')).toContain('volodymyr-zelenskyy');
    expect(await search('Erdogan')).toContain('recep-tayyip-erdogan');
    expect(await search('qxzvbnm')).toEqual([]);
    expect(await popup.textContent('.search .empty')).toMatch(/No one and nothing by that name/);

    await search('Erdogan');
    await popup.focus('[data-result="recep-tayyip-erdogan"]');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('main.card-view .card[role="dialog"]');
    expect(await popup.textContent('#bs-title')).toBe('Recep Tayyip Erdoğan');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('card'))).toBe(true);
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('main.page');
    await popup.waitForFunction(() => document.activeElement?.getAttribute('data-result') === 'recep-tayyip-erdogan');
    await popup.close();
    await page.close();
  });
});

/** Whether focus is in Backstory's card on the page (its shadow root is closed: the host is what the page sees). */
const focusInCard = (page: Page) => page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, CARD_HOST);

describe('the keyboard path', () => {
  it('from the popup list to the name on the page, card open with focus trapped in it, and back on Escape', async () => {
    const page = await open(NEWS_URL);
    await waitForHighlights(page);
    const popup = await openPopup(browser.ext, page);
    await popup.waitForSelector('main.page[data-state="found"]');
    // Tab through the popup until the list's Kim Jong Un, then Enter.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await popup.evaluate(() => document.activeElement?.getAttribute('data-entity') === 'kim-jong-un');
    }
    expect(reached).toBe(true);
    const closed = popup.waitForEvent('close');
    // The popup may close before the key is released: it steps aside as soon as the page shows the name.
    await popup.keyboard.press('Enter').catch((error: unknown) => {
      if (!popup.isClosed()) throw error;
    });
    await closed;
    await page.bringToFront();
    await waitForCard(page, 'open');
    expect(await focusInCard(page)).toBe(true);
    // Scrolled to the name and marked as the active mention.
    const active = await page.evaluate(() => [...(CSS.highlights.get('backstory-active') ?? [])].map((r) => ({ text: r.toString(), top: (r as Range).getBoundingClientRect().top })));
    expect(active).toHaveLength(1);
    expect(active[0]!.text).toMatch(/Kim/);
    expect(active[0]!.top).toBeGreaterThanOrEqual(0);
    expect(active[0]!.top).toBeLessThan(900);
    // Tab and Shift+Tab go round the card's controls and never leave it while it is open.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInCard(page)).toBe(true);
    }
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInCard(page)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await waitForCard(page, 'closed');
    expect(await focusInCard(page)).toBe(false);
    await page.close();
  });

  it('moves to the next and previous name with the manifest commands, and gives focus back where it was', async () => {
    const page = await open(NEWS_URL);
    await waitForHighlights(page);
    await page.bringToFront();
    // A control of the page's own has focus before the command.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'reader-place';
      button.textContent = 'Share';
      document.body.prepend(button);
      button.focus();
    });
    // The browser's own event, dispatched to the worker's listener as a key press in the browser would.
    const command = (name: string) => browser.ext.worker.evaluate((c) => (chrome.commands.onCommand as unknown as { dispatch(command: string): void }).dispatch(c), name);
    const activeName = () => page.evaluate(() => [...(CSS.highlights.get('backstory-active') ?? [])].map((r) => r.toString())[0]);
    const shown = await page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()));

    await command('next-name');
    await waitForCard(page, 'open');
    expect(await focusInCard(page)).toBe(true);
    expect(await activeName()).toBe(shown[0]);
    await page.keyboard.press('Escape');
    await waitForCard(page, 'closed');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reader-place');

    await command('next-name');
    await page.waitForFunction((want) => [...(CSS.highlights.get('backstory-active') ?? [])].map((r) => r.toString())[0] === want, shown[1]);
    await waitForCard(page, 'open');
    await command('previous-name');
    await page.waitForFunction((want) => [...(CSS.highlights.get('backstory-active') ?? [])].map((r) => r.toString())[0] === want, shown[0]);
    await command('previous-name'); // from the first name round to the last
    await page.waitForFunction((want) => [...(CSS.highlights.get('backstory-active') ?? [])].map((r) => r.toString())[0] === want, shown[shown.length - 1]);
    await page.close();
    expect(await activeName().catch(() => 'closed')).toBe('closed');
  });
});

describe('the popup, readable and pictured', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe-core violations on its list and its card, ${colorScheme}`, async () => {
      const page = await open(NEWS_URL);
      await waitForHighlights(page);
      const popup = await openPopup(browser.ext, page, { colorScheme });
      await popup.waitForSelector('main.page[data-state="found"]');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.screenshot({ path: `${IMAGES}popup-${colorScheme}.png` });
      await popup.fill('#search', 'Kim Jong Un');
      await popup.click('[data-result="kim-jong-un"]');
      await popup.waitForSelector('main.card-view .card');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});
