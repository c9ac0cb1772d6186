import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHtml, hoverName, waitForHighlights } from '../../scripts/lib/browser';
import { DEMO_FILE, startBrowser } from './helpers';
import { axeViolations, IMAGES } from './reader-pages';

/** The options page in Chromium: each setting saved as it is changed and applied to an open tab without reload. */

const NEWS_URL = 'https://www.theguardian.com/world/kim-medals';
let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(NEWS_URL, DEMO_FILE);
});

afterAll(async () => {
  await browser?.close();
});

async function openOptions(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const options = await browser.ext.context.newPage();
  await options.emulateMedia({ colorScheme });
  await options.goto(`chrome-extension://${browser.ext.extensionId}/src/options/index.html`);
  await options.waitForSelector('[data-testid="status"]:not(:empty)');
  return options;
}

const highlighted = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()));
/** The highlight rules the reader's style adds to the page (the content script adopts them into the document). */
const styleRules = (page: Page) => page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
const stored = () => browser.ext.worker.evaluate(() => chrome.storage.sync.get(null));

describe('the options page', () => {
  it('applies style, scope, types, theme, hover delay and the off list to an open tab at once, and resets', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(NEWS_URL);
    await waitForHighlights(page);
    const all = await highlighted(page);
    expect(all.filter((n) => n === 'Kim Jong Un').length).toBeGreaterThan(1);
    const options = await openOptions();
    // Nothing reloads the tab: a marker set now must still be there at the end.
    await page.evaluate(() => ((window as unknown as { untouched: boolean }).untouched = true));

    await options.check('input[name="style"][value="background"]');
    await page.waitForFunction(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('background-color: rgba(250, 204, 21'))));
    await options.check('input[name="style"][value="none"]');
    await page.waitForFunction(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('text-decoration-line: none') && r.cssText.includes('transparent'))));

    await options.check('input[name="scope"][value="first"]');
    await page.waitForFunction(() => {
      const names = [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString());
      return names.filter((n) => n === 'Kim Jong Un').length === 1;
    });

    await options.uncheck('input[name="types"][value="person"]');
    await page.waitForFunction(() => ![...(CSS.highlights.get('backstory-mention') ?? [])].some((r) => r.toString() === 'Kim Jong Un'));
    expect((await highlighted(page)).length).toBeGreaterThan(0); // countries and places still marked
    await options.check('input[name="types"][value="person"]');
    await page.waitForFunction(() => [...(CSS.highlights.get('backstory-mention') ?? [])].some((r) => r.toString() === 'Kim Jong Un'));

    await options.check('input[name="theme"][value="dark"]');
    await options.fill('#hover-delay', '150');
    await options.press('#hover-delay', 'Tab');
    await expect.poll(async () => (await stored()).hoverDelayMs).toBe(150);
    await hoverName(page, 'Kim Jong Un');
    expect(await cardHtml(page)).toMatch(/class="card[^"]*" data-theme="dark"/);
    await page.keyboard.press('Escape');

    // A pasted address is saved as its host, as typed: the open tab on that site stops at once.
    await options.fill('#off-sites', 'https://www.theguardian.com/world/kim-medals');
    await options.waitForSelector('[data-testid="off-sites-saved"]');
    expect(await options.textContent('[data-testid="off-sites-saved"]')).toContain('www.theguardian.com');
    await expect.poll(async () => (await stored()).offSites).toEqual(['www.theguardian.com']);
    await page.waitForFunction(() => !CSS.highlights.has('backstory-mention'));
    await options.fill('#off-sites', 'not a site');
    expect(await options.textContent('#off-sites-error')).toMatch(/line 1/);
    await page.waitForFunction(() => CSS.highlights.has('backstory-mention'));

    // Status in plain words: how many entities and events, up to which date.
    expect(await options.textContent('[data-testid="status"]')).toMatch(/^[\d,]+ people, countries, organisations and places, and [\d,]+ events up to \d{1,2} \w{3} \d{4}|^[\d,]+ people, countries, organisations and places, and [\d,]+ events up to \w{3} \d{1,2}, \d{4}/);

    await options.click('[data-testid="reset"]');
    await page.waitForFunction(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()).filter((n) => n === 'Kim Jong Un').length > 1);
    expect(await styleRules(page)).toBe('');
    expect(await options.isChecked('input[name="style"][value="dotted"]')).toBe(true);
    expect(await options.inputValue('#hover-delay')).toBe('300');
    expect(await options.inputValue('#off-sites')).toBe('');
    expect(await page.evaluate(() => (window as unknown as { untouched?: boolean }).untouched)).toBe(true);
    await options.close();
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero axe-core violations, ${colorScheme}, and is pictured`, async () => {
      const options = await openOptions(colorScheme);
      expect(await axeViolations(options)).toEqual([]);
      await options.screenshot({ path: `${IMAGES}options-${colorScheme}.png` });
      await options.close();
    });
  }
});
