import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, hoverName, waitForHighlights } from '../../scripts/lib/browser';
import { CARD_MODULE_KEY, CARD_SCRIPT_FILE, CONTENT_SCRIPT_FILE, DATE_MODULE_KEY, DATE_SCRIPT_FILE } from '../../src/bundles';
import { COMPILE_HINT } from '../../scripts/lib/page-scripts';
import { DEMO_FILE, REPO, startBrowser } from './helpers';

/** What the built extension puts in every page before the first highlight, and what waits for the first hover. */

const CONTENT_BUDGET_GZIP = 20_000;
const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';

interface Manifest {
  content_scripts: { js?: string[] }[];
  web_accessible_resources?: { resources: string[]; use_dynamic_url?: boolean }[];
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('the built content script', () => {
  const manifest = manifestOf(DIST);

  it(`is one classic script of at most ${CONTENT_BUDGET_GZIP / 1000} kB gzipped, in Chromium and Firefox`, () => {
    for (const dir of [DIST, join(REPO, 'dist/firefox')]) {
      const scripts = manifestOf(dir).content_scripts.flatMap((c) => c.js ?? []);
      expect(scripts).toEqual([CONTENT_SCRIPT_FILE]);
      const code = readFileSync(join(dir, CONTENT_SCRIPT_FILE));
      expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_BUDGET_GZIP);
      // No module loading on the page: no static or dynamic import left in the bundle.
      expect(code.toString('utf8')).not.toMatch(/\bimport\s*\(|^import\s|\bimport\s*\{/m);
      // V8 reads its compile hint only on the file's first line (ADR 38).
      expect(code.toString('utf8').split('\n', 1)[0]).toBe(COMPILE_HINT);
    }
  });

  it('leaves no script of ours web-accessible at a fixed URL in Chromium', () => {
    for (const entry of manifest.web_accessible_resources ?? []) expect(entry.use_dynamic_url, entry.resources.join(', ')).toBe(true);
    const exposed = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources);
    expect(exposed).not.toContain(CONTENT_SCRIPT_FILE);
    expect(exposed).not.toContain(CARD_SCRIPT_FILE);
    expect(exposed).not.toContain(DATE_SCRIPT_FILE);
  });
});

describe('the card script and the date script', () => {
  let browser: Awaited<ReturnType<typeof startBrowser>>;
  let page: Page;

  beforeAll(async () => {
    browser = await startBrowser();
    browser.server.route(DEMO_URL, DEMO_FILE);
    page = await browser.ext.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Whether a script's module (the card's, the date's) is in the content scripts' world, read there through DevTools (a page cannot). */
  async function loaded(key: string): Promise<boolean> {
    const cdp = await page.context().newCDPSession(page);
    try {
      const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
      cdp.on('Runtime.executionContextCreated', ({ context }: { context: (typeof worlds)[number] }) => worlds.push(context));
      await cdp.send('Runtime.enable');
      const ours = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.startsWith(`chrome-extension://${browser.ext.extensionId}`));
      if (!ours) throw new Error('the content script has no world in this page');
      const { result } = (await cdp.send('Runtime.evaluate', { contextId: ours.id, expression: `typeof globalThis[Symbol.for(${JSON.stringify(key)})]`, returnByValue: true })) as {
        result: { value: string };
      };
      return result.value === 'object';
    } finally {
      await cdp.detach();
    }
  }

  it('are not in the page before the first hover, and are there once a card opened (the card ranks with the date)', async () => {
    await page.goto(DEMO_URL);
    await waitForHighlights(page);
    expect(await loaded(CARD_MODULE_KEY)).toBe(false);
    expect(await loaded(DATE_MODULE_KEY)).toBe(false);
    await hoverName(page, 'Kim Jong Un');
    expect(await loaded(CARD_MODULE_KEY)).toBe(true);
    expect(await loaded(DATE_MODULE_KEY)).toBe(true);
  });
});
