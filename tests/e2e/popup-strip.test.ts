import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForHighlights } from '../../scripts/lib/browser';
import { DEMO_FILE, IMAGES, REPO, startBrowser } from './helpers';

/** The popup's timeline strip for the whole page, in Chromium with the built extension; saves its screenshot. */

const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
const AXE = readFileSync(`${REPO}node_modules/axe-core/axe.min.js`, 'utf8');
let browser: Awaited<ReturnType<typeof startBrowser>>;

/**
 * axe-core (WCAG 2.1 AA) on the strip as drawn in the popup: its markup and every style rule of the popup, in a page
 * of their own (the popup's content security policy admits no injected script).
 */
async function axeViolations(popup: Page, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const { html, css, theme } = await popup.evaluate(() => ({
    html: document.querySelector('[data-testid="page-strip"]')!.outerHTML,
    css: [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n'),
    theme: document.documentElement.getAttribute('data-theme') ?? 'auto',
  }));
  const check = await browser.ext.context.newPage();
  try {
    await check.emulateMedia({ colorScheme });
    await check.setContent(`<!doctype html><html lang="en" data-theme="${theme}"><head><title>strip</title><style>${css}</style></head><body><main>${html}</main></body></html>`);
    await check.addScriptTag({ content: AXE });
    return await check.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Element, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document.querySelector('main')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    });
  } finally {
    await check.close();
  }
}

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(DEMO_URL, DEMO_FILE);
});

afterAll(async () => {
  await browser?.close();
});

describe("the popup's strip", () => {
  it("draws every event of the page's entities with the article's date marked, the coverage highlighted, and says so in words", async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page);
    const tabId = await browser.ext.worker.evaluate(async (url) => (await chrome.tabs.query({ url })).map((t) => t.id)[0], page.url());
    const popup = await browser.ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 700 });
    await popup.goto(`chrome-extension://${browser.ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="page-strip"] svg rect.bin');
    const strip = await popup.evaluate(() => {
      const root = document.querySelector('[data-testid="page-strip"]')!;
      return {
        summary: root.querySelector('.summary')!.textContent!,
        bins: root.querySelectorAll('rect.bin').length,
        listed: root.querySelectorAll('rect.bin.listed').length,
        article: root.querySelectorAll('line.article').length,
        slider: root.querySelector('[role="slider"]')?.getAttribute('aria-valuetext') ?? '',
        beforeCoverage: !!(root.compareDocumentPosition(document.querySelector('#before')!) & Node.DOCUMENT_POSITION_FOLLOWING),
      };
    });
    // "N events, 2014–2026; most in YYYY; this article: <date>", N the page's entities' events together.
    const total = Number(strip.summary.match(/^([\d,.\s\u202f]+) events/)?.[1]?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(20);
    expect(strip.summary).toMatch(/this article: .*2025/);
    expect(strip.article).toBe(1);
    expect(strip.listed).toBeGreaterThan(0);
    expect(strip.bins).toBeGreaterThan(strip.listed);
    expect(strip.slider).toMatch(/: /);
    expect(strip.beforeCoverage).toBe(true);
    expect(await axeViolations(popup, 'light')).toEqual([]);
    expect(await axeViolations(popup, 'dark')).toEqual([]);
    await popup.screenshot({ path: `${IMAGES}popup-strip.png` });

    // Choosing a period on the strip filters the coverage below to that period's events; clearing it shows them all.
    const shown = () => popup.$$eval('main.page li[data-event]', (els) => [...new Set(els.map((e) => e.getAttribute('data-event')))]);
    const all = await shown();
    const listedBins = await popup.$$eval('[data-testid="page-strip"] rect.bin', (els) => els.flatMap((e, i) => (e.classList.contains('listed') ? [i] : [])));
    await popup.locator('[data-testid="page-strip"] rect.hit').nth(listedBins[0]!).click();
    await popup.waitForSelector('[data-testid="page-strip"] button.filter');
    const chosen = await shown();
    expect(chosen.length).toBeGreaterThan(0);
    expect(chosen.every((id) => all.includes(id))).toBe(true);
    if (listedBins.length > 1) expect(chosen.length).toBeLessThan(all.length);
    await popup.click('[data-testid="page-strip"] button.filter');
    await popup.waitForSelector('[data-testid="page-strip"] button.filter', { state: 'detached' });
    expect(await shown()).toEqual(all);
    await popup.close();
    await page.close();
  });
});
