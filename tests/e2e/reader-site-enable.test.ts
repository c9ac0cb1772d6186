import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stopServiceWorker, waitForHighlights } from '../../scripts/lib/browser';
import { startPageServer, type PageServer } from '../../scripts/lib/server';
import { launchWithGrantedOrigins, type GrantedBrowser } from './granted-origins';
import { REPO } from './helpers';
import { openPopup, openPopupForTab, popupState, tabOf } from './reader-pages';

/**
 * A site outside the manifest's news sites, switched on from the popup and off again: a company intranet page that
 * names Berlin and NATO, served over HTTPS under its own host.
 *
 * The popup's switch asks the browser for the site (`permissions.request`), which shows the reader a prompt. Headless
 * Chromium cannot show it, so the origins are granted beforehand in the profile, standing for the reader accepting
 * that prompt: `permissions.request` then resolves at once and everything after it, in the popup and the worker, is
 * the product's own path.
 */

const HOST = 'intranet.harbourline-freight.com';
const PAGE_URL = `https://${HOST}/notices/autumn-travel`;
const ORIGINS = [`http://${HOST}/*`, `https://${HOST}/*`];

let server: PageServer;
let ext: GrantedBrowser;

beforeAll(async () => {
  server = await startPageServer();
  server.route(PAGE_URL, `${REPO}tests/e2e/pages/intranet-notice.html`);
  ext = await launchWithGrantedOrigins({ serverPort: server.port, origins: ORIGINS });
}, 180_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openPage(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(PAGE_URL, { waitUntil: 'load' });
  return page;
}

const mentions = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString()));

/** The content scripts registered for sites the reader switched on, by id, with what they match. */
const registered = () =>
  ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: [...(s.matches ?? [])].sort(), persist: s.persistAcrossSessions })));

const stopWorker = (page: Page) => stopServiceWorker(ext.context, page);

describe('a site that is not a news site, switched on from the popup', () => {
  it('is not read until the reader switches it on, and the popup offers the switch', async () => {
    expect(await ext.worker.evaluate((h) => chrome.runtime.getManifest().content_scripts!.flatMap((c) => c.matches ?? []).filter((m) => m.includes(h)), HOST)).toEqual([]);
    const page = await openPage();
    const popup = await openPopup(ext, page);
    expect(await popupState(popup)).toBe('notEnabled');
    expect(await popup.textContent('[data-testid="popup-state"]')).toMatch(/^Backstory runs on news sites it knows\. To use it here, switch it on/);
    expect(await popup.textContent('label:has([data-testid="site-switch"])')).toContain(`Use Backstory on this site (${HOST})`);
    expect(await popup.isChecked('[data-testid="site-switch"]')).toBe(false);
    expect(await registered()).toEqual([]);
    // Nothing ran on the page: no script matches it and none was registered, so it has no highlights at all.
    expect(await page.evaluate(() => CSS.highlights.has('backstory-mention'))).toBe(false);
    await popup.close();
    await page.close();
  });

  it('switched on, registers the content script for the site and highlights the open page at once', async () => {
    const page = await openPage();
    const popup = await openPopup(ext, page);
    expect(await popupState(popup)).toBe('notEnabled');
    await popup.click('[data-testid="site-switch"]');
    // The tab already open is read without a reload.
    await waitForHighlights(page);
    expect(await mentions(page)).toEqual(expect.arrayContaining(['Berlin', 'NATO']));
    await popup.waitForSelector('main.page[data-state="found"]', { timeout: 20_000 });
    expect(await popup.isChecked('[data-testid="site-switch"]')).toBe(true);
    expect(await popup.$$eval('[data-entity]', (bs) => bs.map((b) => b.getAttribute('data-entity')))).toEqual(expect.arrayContaining(['berlin', 'nato']));
    expect(await registered()).toEqual([{ id: `site:${HOST}`, matches: ORIGINS, persist: true }]);
    await popup.close();
    await page.close();
  });

  it('stays on after the service worker was stopped', async () => {
    const page = await openPage();
    await waitForHighlights(page);
    const tabId = await tabOf(ext, page);
    await stopWorker(page);
    // The page read anew wakes the worker: the registration still matches it.
    await page.reload();
    await waitForHighlights(page);
    const popup = await openPopupForTab(ext, tabId);
    expect(await popupState(popup)).toBe('found');
    expect(await popup.isChecked('[data-testid="site-switch"]')).toBe(true);
    await popup.close();
    await page.close();
  });

  it('stays on after the browser was closed and opened again', async () => {
    await ext.restart();
    // Chromium reloads an unpacked extension at start and drops its registrations; the worker registers the site
    // anew from the settings and the permission, and starts the pages of the site that opened before it did.
    const page = await openPage();
    await waitForHighlights(page);
    expect(await mentions(page)).toEqual(expect.arrayContaining(['Berlin', 'NATO']));
    expect(await registered()).toEqual([{ id: `site:${HOST}`, matches: ORIGINS, persist: true }]);
    const popup = await openPopup(ext, page);
    expect(await popupState(popup)).toBe('found');
    await popup.close();
    await page.close();
  }, 120_000);

  it('switched off by the same switch, drops the highlights, the registration and the permission', async () => {
    const page = await openPage();
    await waitForHighlights(page);
    const popup = await openPopup(ext, page);
    await popup.waitForSelector('main.page[data-state="found"]');
    await popup.click('[data-testid="site-switch"]');
    await page.waitForFunction(() => (CSS.highlights.get('backstory-mention')?.size ?? 0) === 0);
    await popup.waitForSelector('main.page[data-state="notEnabled"]');
    expect(await popup.isChecked('[data-testid="site-switch"]')).toBe(false);
    expect(await popup.$('[data-entity]')).toBeNull();
    expect(await registered()).toEqual([]);
    expect(await ext.worker.evaluate((origins) => chrome.permissions.contains({ origins }), ORIGINS)).toBe(false);
    await popup.close();
    // A page opened afterwards is not read.
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => CSS.highlights.has('backstory-mention'))).toBe(false);
    await page.close();
  });
});
