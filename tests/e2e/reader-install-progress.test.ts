import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetCommand } from '../../scripts/cli/dataset';
import { captureIO } from '../../scripts/cli/io';
import { startBrowser } from './helpers';
import { axeViolations } from './reader-pages';
import { SHARED_CURRENT_EVENTS } from '../../scripts/lib/current-events';

/**
 * Installing a pack from the options page shows a progress bar fed by the install itself: the file's bytes read,
 * then the worker checking it (a bar with no figure), then its events written to the database, then done.
 */

let browser: Awaited<ReturnType<typeof startBrowser>>;
let dir: string;
let packFile: string;
let packEvents: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-progress-'));
  packFile = join(dir, 'current-events-2024-2025.json');
  const io = captureIO();
  expect(datasetCommand(['import-current-events', SHARED_CURRENT_EVENTS, '--from', '2024-01-01', '--to', '2025-12-31'], io), io.stderr()).toBe(0);
  writeFileSync(packFile, io.stdout());
  packEvents = Number(/(\d+) events in the pack/.exec(io.stderr())?.[1]);
  browser = await startBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Seen {
  phase: string;
  value: number | null;
  max: number;
  label: string;
}

describe('the progress of a pack install', () => {
  it('moves through reading and writing as the install goes, and ends full', async () => {
    // Enough events for many blocks of writes, and a file read in many chunks.
    expect(packEvents).toBeGreaterThan(5_000);
    const size = statSync(packFile).size;
    const options = await browser.ext.context.newPage();
    await options.goto(`chrome-extension://${browser.ext.extensionId}/src/options/index.html`);
    await options.waitForSelector('section[aria-labelledby="packs-heading"]');
    // Every state the bar is drawn in, as the page draws it.
    await options.evaluate(() => {
      const seen: Seen[] = [];
      (window as unknown as { seen: Seen[] }).seen = seen;
      const section = document.querySelector('section[aria-labelledby="packs-heading"]')!;
      new MutationObserver(() => {
        const box = section.querySelector('[data-testid="pack-progress"]');
        const bar = box?.querySelector('progress');
        if (!box || !bar) return;
        seen.push({ phase: box.getAttribute('data-phase') ?? '', value: bar.hasAttribute('value') ? bar.value : null, max: bar.max, label: box.querySelector('label')?.textContent ?? '' });
      }).observe(section, { subtree: true, childList: true, attributes: true, characterData: true });
    });

    await options.setInputFiles('[data-testid="pack-file"]', packFile);
    await options.waitForSelector('[data-testid="pack-progress"][data-phase="done"]', { timeout: 120_000 });
    await options.waitForSelector('[data-testid="pack-list"]');
    const seen = await options.evaluate(() => (window as unknown as { seen: Seen[] }).seen);

    const phases = seen.map((s) => s.phase).filter((p, i, all) => p !== all[i - 1]);
    expect(phases[0]).toBe('reading');
    expect(phases.at(-1)).toBe('done');
    expect(phases).toEqual(expect.arrayContaining(['checking', 'writing']));
    // In order: no phase comes back once the next has begun.
    const order = ['reading', 'checking', 'writing', 'done'];
    for (let i = 1; i < phases.length; i++) expect(order.indexOf(phases[i]!)).toBeGreaterThanOrEqual(order.indexOf(phases[i - 1]!));

    const reading = seen.filter((s) => s.phase === 'reading');
    expect(reading.every((s) => s.max === size)).toBe(true);
    expect(new Set(reading.map((s) => s.value)).size).toBeGreaterThan(2);
    expect(reading.map((s) => s.value)).toEqual([...reading.map((s) => s.value)].sort((a, b) => a! - b!));
    expect(reading.at(-1)!.value).toBe(size);

    // Checking gives no figure: the bar is indeterminate.
    expect(seen.filter((s) => s.phase === 'checking').every((s) => s.value === null)).toBe(true);

    const writing = seen.filter((s) => s.phase === 'writing');
    expect(writing.every((s) => s.max === packEvents)).toBe(true);
    expect(new Set(writing.map((s) => s.value)).size).toBeGreaterThan(2);
    expect(writing.map((s) => s.value)).toEqual([...writing.map((s) => s.value)].sort((a, b) => a! - b!));
    expect(writing[0]!.value).toBeLessThan(packEvents);
    expect(writing.at(-1)!.label).toMatch(/^Saving the events of current-events-2024-2025\.json: [\d,]+ of [\d,]+$/);

    const done = seen.at(-1)!;
    expect(done.value).toBe(done.max);
    expect(done.label).toBe(`current-events-2024-2025.json is installed: ${packEvents.toLocaleString('en')} events saved.`);
    // The bar has its label as its accessible name, and the page stays clean for axe-core.
    expect(await options.getAttribute('[data-testid="pack-progress"] label', 'for')).toBe(await options.getAttribute('[data-testid="pack-progress"] progress', 'id'));
    expect(await axeViolations(options)).toEqual([]);

    await options.click('button[aria-label^="Remove"]');
    await options.waitForSelector('[data-testid="pack-list"]', { state: 'detached' });
    await options.close();
  }, 300_000);
});
