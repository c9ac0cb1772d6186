import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardHtml, hoverName, waitForHighlights } from '../../scripts/lib/browser';
import { SHARED_PAGES, startBrowser } from './helpers';

/**
 * The card's honest states on a real news page: an entity the dataset holds no event for, and one whose events none
 * is closely related to the article.
 */

const FILE = 'readability-lemonde-1.html';
let browser: Awaited<ReturnType<typeof startBrowser>>;
let url: string;

beforeAll(async () => {
  browser = await startBrowser();
  const canonical = /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/.exec(readFileSync(`${SHARED_PAGES}${FILE}`, 'utf8'))?.[1];
  url = (canonical ?? `https://www.lemonde.fr/${FILE}`).replace(/^http:/, 'https:');
  browser.server.route(url, `${SHARED_PAGES}${FILE}`);
});

afterAll(async () => {
  await browser?.close();
});

describe('card states on a real page', () => {
  it("says the dataset holds no events for the Cour de cassation, up to when, and points to packs", async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForHighlights(page);
    await hoverName(page, 'Cour de cassation');
    const doc = parseHTML(`<div>${await cardHtml(page)}</div>`).document;
    expect(doc.querySelector('#bs-title')?.textContent).toMatch(/Court of Cassation|Cour de cassation/);
    const note = doc.querySelector('[data-state="no-events"]')?.textContent ?? '';
    expect(note).toMatch(/no events/i);
    expect(note).toMatch(/\d{4}/);
    expect(note).toMatch(/pack/i);
    expect(doc.querySelectorAll('li[data-event]').length).toBe(0);
    expect(doc.querySelector('.strip')).toBeNull();
    expect(doc.querySelector('.provenance')?.textContent).toMatch(/Description/);
    expect(doc.querySelector('footer')?.textContent).toMatch(/up to .*\d{4}/);
    await page.close();
  });

  it("says nothing is closely related for François Hollande, and lists his own latest events instead", async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForHighlights(page);
    await hoverName(page, 'François Hollande');
    const doc = parseHTML(`<div>${await cardHtml(page)}</div>`).document;
    expect(doc.querySelector('[data-state="not-related"]')?.textContent).toMatch(/Nothing closely related/);
    const dates = [...doc.querySelectorAll('li[data-event] time')].map((t) => t.getAttribute('datetime')!);
    expect(dates.length).toBeGreaterThan(0);
    expect(doc.querySelector('.strip .summary')?.textContent).toMatch(/this article: .*2015/);
    await page.close();
  });
});
