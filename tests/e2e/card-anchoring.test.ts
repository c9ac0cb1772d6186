import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HOST, cardHtml, hoverName, pointOfText, waitForCard, waitForHighlights } from '../../scripts/lib/browser';
import { DEMO_FILE, IMAGES, REPO, startBrowser } from './helpers';

/**
 * The card in real Chromium: anchored to its name while the page scrolls, resizes and changes; inside a 320 px
 * window; in its own direction on a right-to-left page; readable (axe-core, zero violations) light and dark; honest
 * on a page without a date.
 */

const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
const RTL_URL = 'https://www.aljazeera.com/ar/world/kim-kursk';
const NO_DATE_URL = 'https://www.aljazeera.com/undated/world/kim-soldiers';
const LIVE_URL = 'https://npr.org/world/kim-soldiers-live';
const AXE = readFileSync(`${REPO}node_modules/axe-core/axe.min.js`, 'utf8');
let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(DEMO_URL, DEMO_FILE);
  browser.server.route(RTL_URL, `${REPO}tests/e2e/pages/card-rtl.html`);
  browser.server.route(NO_DATE_URL, `${REPO}tests/e2e/pages/card-no-date.html`);
  browser.server.route(LIVE_URL, `${REPO}tests/e2e/pages/card-live.html`);
});

afterAll(async () => {
  await browser?.close();
});

async function open(url: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url);
  await waitForHighlights(page);
  return page;
}

type Box = { left: number; top: number; right: number; bottom: number };
const hostBox = (page: Page): Promise<Box> =>
  page.evaluate((selector) => {
    const r = document.querySelector(selector)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, CARD_HOST);

/** Where a name is now, without scrolling it into view. */
const nameBox = (page: Page, text: string): Promise<Box> =>
  page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      const r = range.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
    throw new Error(`${needle} not on the page`);
  }, text);

/** The card as the reader sees it: its markup read through DevTools (the shadow root is closed). */
async function cardDocument(page: Page) {
  return parseHTML(`<div>${await cardHtml(page)}</div>`).document;
}

/** The card's own markup and styles, in a page of their own, checked by axe-core against WCAG 2.1 AA. */
async function axeViolations(page: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const html = await cardHtml(page);
  const check = await browser.ext.context.newPage();
  try {
    await check.emulateMedia({ colorScheme });
    await check.setContent(`<!doctype html><html lang="en"><head><title>card</title></head><body><main>${html}</main></body></html>`);
    await check.addScriptTag({ content: AXE });
    const violations = await check.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('main')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
    });
    return violations;
  } finally {
    await check.close();
  }
}

/** Distance between the card and its name, whichever side of the name the card is on. */
const gap = (b: { card: Box; name: Box }) => (b.card.top >= b.name.bottom - 1 ? b.card.top - b.name.bottom : b.name.top - b.card.bottom);

const inWindow = (box: Box, width: number, height: number) => box.left >= 0 && box.top >= 0 && box.right <= width + 0.5 && box.bottom <= height + 0.5;

describe('the card, anchored and readable', () => {
  it('stays attached to its name while the page scrolls, never leaves the window, and closes when the name scrolls away', async () => {
    const page = await open(LIVE_URL);
    await hoverName(page, 'Vladimir Putin');
    const before = { card: await hostBox(page), name: await nameBox(page, 'Vladimir Putin') };
    expect(inWindow(before.card, 1280, 900)).toBe(true);
    expect(gap(before)).toBeLessThan(20);
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.waitForFunction(([selector, top]) => Math.abs(document.querySelector(selector!)!.getBoundingClientRect().top - Number(top)) > 60, [CARD_HOST, String(before.card.top)] as const);
    const after = { card: await hostBox(page), name: await nameBox(page, 'Vladimir Putin') };
    expect(after.name.top - before.name.top).toBeCloseTo(120, 0);
    expect(gap(after)).toBeLessThan(20);
    expect(inWindow(after.card, 1280, 900)).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    expect((await nameBox(page, 'Vladimir Putin')).top).toBeGreaterThan(900);
    await waitForCard(page, 'closed');
    await page.close();
  });

  it('has zero axe-core violations, light and dark, and follows the dark colour scheme', async () => {
    const page = await open(DEMO_URL);
    await hoverName(page, 'Kim Jong Un');
    expect(await axeViolations(page, 'light')).toEqual([]);
    await page.screenshot({ path: `${IMAGES}card-light.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await hoverName(page, 'Kim Jong Un');
    expect(await axeViolations(page, 'dark')).toEqual([]);
    const doc = await cardDocument(page);
    expect(doc.querySelector('.card')?.getAttribute('data-theme')).toBe('auto');
    await page.screenshot({ path: `${IMAGES}card-dark.png` });
    await page.close();
  });

  it('becomes a bottom sheet inside a 320 px window, its close button on screen', async () => {
    const page = await open(DEMO_URL, { width: 320, height: 640 });
    await hoverName(page, 'Russia');
    await page.waitForFunction((selector) => document.querySelector(selector)!.getBoundingClientRect().left === 0, CARD_HOST);
    const card = await hostBox(page);
    expect(card).toMatchObject({ left: 0, right: 320 });
    expect(card.bottom).toBeCloseTo(640, 0);
    expect(card.top).toBeGreaterThan(0);
    const doc = await cardDocument(page);
    expect(doc.querySelector('.card')?.classList.contains('sheet')).toBe(true);
    // The × is inside the window: the sheet's top edge, at its inline end.
    expect(card.top + 40).toBeLessThan(640);
    expect(await axeViolations(page, 'light')).toEqual([]);
    await page.screenshot({ path: `${IMAGES}card-narrow.png` });
    await page.close();
  });

  it("lays out in the UI's direction and language on a right-to-left page", async () => {
    const page = await open(RTL_URL);
    await hoverName(page, 'Vladimir Putin');
    const doc = await cardDocument(page);
    const card = doc.querySelector('.card')!;
    expect(card.getAttribute('dir')).toBe('ltr');
    expect(card.getAttribute('lang')).toMatch(/^en/);
    expect(doc.querySelector('#bs-description')?.textContent).toMatch(/^[A-Z]/);
    expect(inWindow(await hostBox(page), 1280, 900)).toBe(true);
    expect(await axeViolations(page, 'light')).toEqual([]);
    await page.screenshot({ path: `${IMAGES}card-rtl.png` });
    await page.close();
  });

  it('says so on a page without a date: newest first, never "before" or "since"', async () => {
    const page = await open(NO_DATE_URL);
    await hoverName(page, 'Kim Jong Un');
    const doc = await cardDocument(page);
    expect(doc.querySelector('[data-state="no-date"]')?.textContent).toMatch(/no date/i);
    const text = doc.querySelector('.card')!.textContent!;
    expect(text).not.toMatch(/\bbefore this\b|\bsince this\b/i);
    const dates = [...doc.querySelectorAll('li[data-event] time')].map((t) => t.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(doc.querySelector('footer')?.textContent).toMatch(/up to .*\d{4}/);
    // Every date written the way the browser's UI language writes dates, the calendar date as the dataset has it.
    const lang = await browser.ext.worker.evaluate(() => chrome.i18n.getUILanguage());
    const written = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (const time of doc.querySelectorAll('li[data-event] time')) {
      const [y, m, d] = time.getAttribute('datetime')!.split('-').map(Number);
      if (d) expect(time.textContent).toBe(written.format(new Date(Date.UTC(y!, m! - 1, d))));
    }
    expect(doc.querySelector('.provenance')?.textContent).toMatch(/Description/);
    await page.close();
  });

  it('opens only for the reader\'s own pointer, not for events a page script sends', async () => {
    const page = await open(DEMO_URL);
    const { x, y } = await pointOfText(page, 'Kim Jong Un');
    await page.evaluate(([px, py]) => {
      for (let i = 0; i < 5; i++) document.elementFromPoint(px!, py!)!.dispatchEvent(new PointerEvent('pointermove', { clientX: px, clientY: py, bubbles: true }));
    }, [x, y] as const);
    // Long enough for a trusted rest to open it (300 ms), measured by waiting for a frame after the rest time.
    await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(done), 800)));
    // No card: its host is not in the page yet (the card's code loads on the first card), or it is hidden.
    expect(await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement | null)?.style.display ?? 'none', CARD_HOST)).toBe('none');
    await page.mouse.move(x - 3, y);
    await page.mouse.move(x, y, { steps: 2 });
    await waitForCard(page, 'open');
    await page.close();
  });
});
