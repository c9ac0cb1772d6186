import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type ExtensionFirefox } from '../../scripts/lib/firefox';
import { startPageServer, type PageServer } from '../../scripts/lib/server';
import { DEMO_FILE } from './helpers';

/** The Firefox build, installed in Debian's Firefox ESR (headless), highlights the demo article's names. */

const DEMO_HOST = 'www.theguardian.com';
const DEMO_PATH = '/world/asia/2025/08/22/kim-medals-kursk';
let server: PageServer;
let firefox: ExtensionFirefox;

beforeAll(async () => {
  server = await startPageServer();
  server.route(`https://${DEMO_HOST}${DEMO_PATH}`, DEMO_FILE);
  firefox = await launchFirefoxWithExtension({ hosts: [DEMO_HOST] });
}, 180_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Backstory in Firefox ESR', () => {
  it('highlights the names of the demo article', async () => {
    await firefox.goto(`https://${DEMO_HOST}:${server.port}${DEMO_PATH}`);
    const names = async () =>
      firefox.evaluate<string[]>("return [...(CSS.highlights.get('backstory-mention') ?? [])].map((r) => r.toString());");
    // Wait for the condition itself: the content script reports once the worker has scanned the page.
    let found = await names();
    while (found.length === 0) {
      await new Promise((r) => setTimeout(r, 200));
      found = await names();
    }
    for (const name of ['Kim Jong Un', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'North Korea', 'Russia']) expect(found).toContain(name);
  }, 120_000);
});
