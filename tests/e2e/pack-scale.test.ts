import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetCommand } from '../../scripts/cli/dataset';
import { captureIO } from '../../scripts/cli/io';
import { cardHtml, hoverName, stopServiceWorker, waitForCard, waitForHighlights } from '../../scripts/lib/browser';
import type { Card } from '../../src/core/views';
import type { EngineStatus } from '../../src/messages';
import { DEMO_FILE, startBrowser } from './helpers';
import { SHARED_CURRENT_EVENTS } from '../../scripts/lib/current-events';

/**
 * The whole Current Events record, 2002 to 2026, imported as one pack and installed from the options page: the cards
 * of the demo article show its events with their words and sources, also after the service worker was stopped and
 * started again (the words are read from IndexedDB for the events shown), and removing it leaves the bundled data.
 */

const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
let browser: Awaited<ReturnType<typeof startBrowser>>;
let dir: string;
let packFile: string;
let packEvents: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-whole-record-'));
  packFile = join(dir, 'current-events-whole.json');
  const io = captureIO();
  expect(datasetCommand(['import-current-events', SHARED_CURRENT_EVENTS], io), io.stderr()).toBe(0);
  writeFileSync(packFile, io.stdout());
  packEvents = Number(/(\d+) events in the pack/.exec(io.stderr())?.[1]);
  browser = await startBrowser();
  browser.server.route(DEMO_URL, DEMO_FILE);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const restartWorker = (page: Page) => stopServiceWorker(browser.ext.context, page);

describe('the whole Current Events record as one pack', () => {
  it('installs from the options page and gives cards its events with their words, after a worker restart too', async () => {
    expect(packEvents).toBeGreaterThan(90_000);
    const options = await browser.ext.context.newPage();
    await options.goto(`chrome-extension://${browser.ext.extensionId}/src/options/index.html`);
    const status = () => options.evaluate(() => chrome.runtime.sendMessage({ type: 'status', payload: {} }) as Promise<EngineStatus>);
    const bundled = (await status()).events;
    await options.setInputFiles('[data-testid="pack-file"]', packFile);
    await options.waitForSelector('[data-testid="pack-list"]', { timeout: 300_000 });
    // The install's own progress ends full, naming every event of the pack.
    expect(await options.getAttribute('[data-testid="pack-progress"]', 'data-phase')).toBe('done');
    expect(await options.textContent('[data-testid="pack-progress"] label')).toBe(`current-events-whole.json is installed: ${packEvents.toLocaleString('en')} events saved.`);
    expect(await options.textContent('[data-testid="pack-list"] tbody tr')).toContain('2002-07-01 – 2026-03-28');
    expect((await status()).events).toBe(bundled + packEvents);

    await restartWorker(options);
    const page = await browser.ext.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page);
    await hoverName(page, 'Volodymyr Zelenskyy');
    await waitForCard(page, 'open');
    const { document } = parseHTML(`<div>${await cardHtml(page)}</div>`);
    const fromPack = [...document.querySelectorAll('li[data-event^="ce-"]')];
    expect(fromPack.length).toBeGreaterThan(0);
    for (const li of fromPack) {
      expect(li.querySelector('p:not(.sources)')?.textContent?.trim().length, li.getAttribute('data-event') ?? '').toBeGreaterThan(20);
      expect(li.querySelector('.sources a')?.getAttribute('href')).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\/Portal:Current_events\/\d{4}_[A-Z][a-z]+_\d{1,2}$/);
    }

    // A country's card ranks its tens of thousands of events and answers every one it shows with its words.
    await restartWorker(options);
    const card = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'card', payload: { entity: 'united-states' } }) as Promise<Card | null>);
    const shown = [...(card?.before ?? []), ...(card?.since ?? [])];
    expect(shown.length).toBeGreaterThan(0);
    for (const ev of shown) expect(ev.summary.length, ev.id).toBeGreaterThan(20);

    await options.click('button[aria-label^="Remove"]');
    await options.waitForSelector('[data-testid="pack-list"]', { state: 'detached' });
    expect((await status()).events).toBe(bundled);
    await page.close();
    await options.close();
  }, 600_000);
});
