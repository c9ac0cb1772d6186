import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetCommand } from '../../scripts/cli/dataset';
import { captureIO } from '../../scripts/cli/io';
import { cardHtml, hoverName, waitForHighlights } from '../../scripts/lib/browser';
import { DEMO_FILE, startBrowser } from './helpers';
import { SHARED_CURRENT_EVENTS } from '../../scripts/lib/current-events';

/** A month of the Current Events record, imported as a pack through the options page, on the demo article's card. */

const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
let browser: Awaited<ReturnType<typeof startBrowser>>;
let packFile: string;
let badFile: string;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-packs-'));
  packFile = join(dir, 'current-events-2025-08.json');
  const io = captureIO();
  expect(datasetCommand(['import-current-events', SHARED_CURRENT_EVENTS, '--from', '2025-08-01', '--to', '2025-08-31'], io), io.stderr()).toBe(0);
  const pack = io.stdout();
  writeFileSync(packFile, pack);
  badFile = join(dir, 'bad-pack.json');
  const bad = JSON.parse(pack) as { events: { date: string; entities: string[] }[] };
  bad.events[0]!.date = '2025-02-30';
  bad.events[1]!.entities = ['no-such-entity'];
  writeFileSync(badFile, JSON.stringify(bad));
  browser = await startBrowser();
  browser.server.route(DEMO_URL, DEMO_FILE);
});

afterAll(async () => {
  await browser?.close();
});

describe('dataset packs in the extension', () => {
  it('rejects a bad pack with its problems listed, and installs nothing', async () => {
    const options = await browser.ext.context.newPage();
    await options.goto(`chrome-extension://${browser.ext.extensionId}/src/options/index.html`);
    await options.setInputFiles('[data-testid="pack-file"]', badFile);
    await options.waitForSelector('[data-testid="pack-problems"]');
    const problems = await options.$$eval('[data-testid="pack-problems"] li', (els) => els.map((e) => e.textContent ?? ''));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^bad-pack\.json: ce-2025-08-01-\d+: date: "2025-02-30" is not a date/),
        expect.stringMatching(/^bad-pack\.json: ce-2025-08-\d+-\d+: entities\[0\]: names unknown entity "no-such-entity"/),
      ]),
    );
    expect(await options.$('[data-testid="pack-list"]')).toBeNull();
    await options.close();
  });

  it('imports a Current Events pack and shows its events on the card', async () => {
    const options = await browser.ext.context.newPage();
    await options.goto(`chrome-extension://${browser.ext.extensionId}/src/options/index.html`);
    await options.setInputFiles('[data-testid="pack-file"]', packFile);
    await options.waitForSelector('[data-testid="pack-list"]');
    const row = await options.textContent('[data-testid="pack-list"] tbody tr');
    expect(row).toContain('Wikipedia Current Events');
    expect(row).toContain('CC BY-SA 4.0');
    expect(row).toContain('2025-08-01 – 2025-08-31');

    const page = await browser.ext.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page);
    await hoverName(page, 'Volodymyr Zelenskyy');
    const { document } = parseHTML(`<div>${await cardHtml(page)}</div>`);
    const ids = [...document.querySelectorAll('li[data-event]')].map((e) => e.getAttribute('data-event'));
    expect(ids.some((id) => id?.startsWith('ce-2025-08-'))).toBe(true);
    const portalLinks = [...document.querySelectorAll('.sources a')].map((a) => a.getAttribute('href'));
    expect(portalLinks.some((href) => href?.startsWith('https://en.wikipedia.org/wiki/Portal:Current_events/2025_August_'))).toBe(true);

    await options.click('button[aria-label^="Remove"]');
    await options.waitForSelector('[data-testid="pack-list"]', { state: 'detached' });
    await page.close();
    await options.close();
  });
});
