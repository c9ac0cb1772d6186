import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES } from '../../src/core/dataset/pack';
import { startBrowser } from './helpers';

/** Hostile packs through the options page: refused with reasons, or shown with what they override before installing. */
let browser: Awaited<ReturnType<typeof startBrowser>>;
let dir: string;

const header = { format: 'backstory-pack', version: 1, created: '2026-01-01T00:00:00Z', license: 'CC0', attribution: 'Tests', events: [] };
const entity = (id: string, name: string, aliases: string[], extra: object = {}) => ({ id, type: 'person', name, aliases, description: `${name}, for tests.`, ...extra });

function write(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-hostile-packs-'));
  browser = await startBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function options() {
  const page = await browser.ext.context.newPage();
  await page.goto(`chrome-extension://${browser.ext.extensionId}/src/options/index.html`);
  return page;
}

describe('hostile packs in the options page', () => {
  it('refuses common-word aliases and a taken name, listing why, and leaves the form usable', async () => {
    const file = write('hijack.json', JSON.stringify({ ...header, name: 'Hijack', entities: [entity('fake-putin', 'Vladimir Putin', ['the', 'said'])] }));
    const page = await options();
    await page.setInputFiles('[data-testid="pack-file"]', file);
    await page.waitForSelector('[data-testid="pack-problems"]');
    const problems = (await page.$$eval('[data-testid="pack-problems"] li', (els) => els.map((e) => e.textContent ?? ''))).join('\n');
    expect(problems).toContain('"the" is a common word');
    expect(problems).toContain('"Vladimir Putin" is a name of installed entity "vladimir-putin"');
    expect(await page.isEnabled('[data-testid="pack-file"]')).toBe(true);
    await page.close();
  });

  it('shows what a pack replaces before installing it, and installs only when asked', async () => {
    const file = write('replace.json', JSON.stringify({ ...header, name: 'Replacement', entities: [entity('putin-corrected', 'Vladimir Putin', [], { replaces: 'vladimir-putin' })] }));
    const page = await options();
    await page.setInputFiles('[data-testid="pack-file"]', file);
    const overrides = await page.waitForSelector('[data-testid="pack-overrides"]');
    expect(await overrides.textContent()).toContain('vladimir-putin');
    expect(await page.$('[data-testid="pack-list"]')).toBeNull();
    await page.click('[data-testid="pack-install"]');
    await page.waitForSelector('[data-testid="pack-list"]');
    await page.click('button[aria-label^="Remove"]');
    await page.waitForSelector('[data-testid="pack-list"]', { state: 'detached' });
    await page.close();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = write('huge.json', ' '.repeat(MAX_PACK_BYTES + 1));
    const page = await options();
    await page.setInputFiles('[data-testid="pack-file"]', file);
    await page.waitForFunction(() => /MB/.test(document.querySelector('[data-testid="pack-status"]')?.textContent ?? ''));
    expect(await page.textContent('[data-testid="pack-status"]')).toMatch(/huge\.json is 64\.0 MB; packs of more than 64\.0 MB are not read\./);
    expect(await page.isEnabled('[data-testid="pack-file"]')).toBe(true);
    await page.close();
  });
});
