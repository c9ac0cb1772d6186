import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_HOST, hoverName, waitForCard, waitForHighlights } from '../../scripts/lib/browser';
import { REPO, startBrowser } from './helpers';

/**
 * A live page changing while the reader reads a card: posts inserted above the article move the name, a new post
 * brings new highlights (the highlights are drawn again), and the card stays open and in place while the pointer or
 * focus is in it; when the page removes the card's own name, the card closes.
 */

const LIVE_URL = 'https://npr.org/world/kim-soldiers-live';
let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(LIVE_URL, `${REPO}tests/e2e/pages/card-live.html`);
});

afterAll(async () => {
  await browser?.close();
});

type Box = { left: number; top: number; width: number; height: number };
const hostBox = (page: Page): Promise<Box> =>
  page.evaluate((selector) => {
    const r = document.querySelector(selector)!.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  }, CARD_HOST);

const highlightCount = (page: Page) => page.evaluate(() => CSS.highlights.get('backstory-mention')?.size ?? 0);

/** Inserts ticker items above the article (the article moves down) and a post naming someone new at its end. */
async function livePosts(page: Page, n: number): Promise<void> {
  await page.evaluate((count) => {
    const ticker = document.getElementById('ticker')!;
    for (let i = 0; i < count; i++) {
      const item = document.createElement('p');
      item.textContent = `Update ${i + 1}: officials in Seoul are studying the footage.`;
      ticker.prepend(item);
    }
    const post = document.createElement('p');
    post.textContent = 'Japan said Prime Minister Shigeru Ishiba would discuss the deployment with Donald Trump.';
    document.querySelector('article')!.append(post);
  }, n);
}

/** Two animation frames: enough for the card's per-frame anchoring to have run after a change. */
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

describe('the card on a live page', () => {
  it('stays open and in place while the pointer is in it as posts arrive, and closes when its name is removed', async () => {
    const page = await browser.ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(LIVE_URL);
    const before = await waitForHighlights(page);
    await hoverName(page, 'Vladimir Putin');
    const card = await hostBox(page);
    // Into the card, as a reader does.
    await page.mouse.move(card.left + card.width / 2, card.top + 20, { steps: 4 });
    await frames(page);
    const name = () => page.evaluate(() => document.getElementById('putin')!.getBoundingClientRect().top);
    const nameBefore = await name();

    await livePosts(page, 3);
    await page.waitForFunction((n) => (CSS.highlights.get('backstory-mention')?.size ?? 0) > n, before, { timeout: 20_000 });
    await frames(page);
    // The page did move around the card: the name is three ticker items lower.
    expect((await name()) - nameBefore).toBeGreaterThanOrEqual(150);
    expect(await highlightCount(page)).toBeGreaterThan(before);
    await waitForCard(page, 'open');
    expect(await hostBox(page)).toEqual(card);

    // The card's own name goes: the card goes with it, pointer inside or not.
    await page.evaluate(() => document.getElementById('putin')!.remove());
    await waitForCard(page, 'closed');
    await page.close();
  });

  it('stays open while focus is in it as posts arrive', async () => {
    const page = await browser.ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(LIVE_URL);
    const before = await waitForHighlights(page);
    await hoverName(page, 'Vladimir Putin');
    const card = await hostBox(page);
    // Focus into the card (a click on its text), then the pointer away from both the card and the name.
    await page.mouse.move(card.left + 30, card.top + 20, { steps: 4 });
    await page.mouse.click(card.left + 30, card.top + 20);
    await page.waitForFunction((selector) => document.activeElement === document.querySelector(selector), CARD_HOST);
    await page.mouse.move(card.left + card.width / 2, card.top + card.height + 40, { steps: 4 });
    await livePosts(page, 2);
    await page.waitForFunction((n) => (CSS.highlights.get('backstory-mention')?.size ?? 0) > n, before, { timeout: 20_000 });
    await frames(page);
    await waitForCard(page, 'open');
    expect(await hostBox(page)).toEqual(card);
    await page.close();
  });
});
