import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionLaunchOptions, waitForHighlights } from '../../scripts/lib/browser';
import { startPageServer, type PageServer } from '../../scripts/lib/server';
import { DEMO_FILE, REPO } from './helpers';
import { openPopup } from './reader-pages';

/** The popup and the options page in each UI language: Chromium started in that language, one run per locale. */

const NEWS_URL = 'https://www.theguardian.com/world/kim-medals';
const PUBLISHED = Date.UTC(2025, 7, 22); // the demo article's date

const message = (locale: string, key: string, ...subs: string[]) => {
  const catalogue = JSON.parse(readFileSync(`${REPO}assets/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const text = catalogue[key]?.message;
  if (!text) throw new Error(`assets/_locales/${locale}/messages.json: no message ${key}`);
  return subs.reduce((s, sub, i) => s.replace(`$${i + 1}`, sub), text);
};

describe.each(['en', 'fr', 'de', 'es'])('the UI in %s', (locale) => {
  let server: PageServer;
  let profile: string;
  let context: BrowserContext;
  let ext: { context: BrowserContext; extensionId: string; worker: Worker };

  beforeAll(async () => {
    server = await startPageServer();
    server.route(NEWS_URL, DEMO_FILE);
    profile = mkdtempSync(join(tmpdir(), `backstory-${locale}-`));
    const options = extensionLaunchOptions(server.port);
    context = await chromium.launchPersistentContext(profile, { ...options, args: [...options.args, `--lang=${locale}`], locale, env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` } });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    ext = { context, extensionId: new URL(worker.url()).host, worker };
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows the popup in that language, with dates written for it', async () => {
    const page = await context.newPage();
    await page.goto(NEWS_URL);
    await waitForHighlights(page);
    const popup = await openPopup(ext, page);
    await popup.waitForSelector('main.page[data-state="found"]');
    expect(await popup.getAttribute('html', 'lang')).toMatch(new RegExp(`^${locale}`));
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(PUBLISHED);
    expect(await popup.textContent('main.page .meta')).toBe(message(locale, 'popupPublished', day));
    expect(await popup.textContent('main.page h2')).toBe(message(locale, 'popupOnThisPage'));
    expect(await popup.textContent('label[for="search"]')).toBe(message(locale, 'popupSearchLabel'));
    await popup.close();
    await page.close();
  });

  it('shows the options page in that language', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await options.waitForSelector('[data-testid="status"]:not(:empty)');
    expect(await options.title()).toBe(message(locale, 'optionsTitle'));
    expect(await options.textContent('h1')).toBe(message(locale, 'optionsHeading'));
    expect(await options.textContent('label[for="hover-delay"]')).toBe(message(locale, 'optionsHoverDelay'));
    expect(await options.textContent('#packs-heading')).toBe(message(locale, 'packsHeading'));
    // The status line's date in that language's form: its month name is the one Intl gives for this locale.
    const status = (await options.textContent('[data-testid="status"]')) ?? '';
    const months = Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2025, m, 15)));
    expect(months.some((m) => status.includes(m))).toBe(true);
    await options.close();
  });
});
