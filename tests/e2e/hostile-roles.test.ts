import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf, waitForHighlights } from '../../scripts/lib/browser';
import { DEMO_FILE, startBrowser } from './helpers';

/**
 * What a compromised renderer holds: the content script's isolated world. Requests sent from it reach the worker as
 * a content script's, and the worker answers only those about its own tab.
 */
const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
const OTHER_URL = 'https://www.theatlantic.com/2025/08/22/kim-medals?token=secret';
let browser: Awaited<ReturnType<typeof startBrowser>>;

beforeAll(async () => {
  browser = await startBrowser();
  browser.server.route(DEMO_URL, DEMO_FILE);
  browser.server.route(OTHER_URL, DEMO_FILE);
});

afterAll(async () => {
  await browser?.close();
});

/** Evaluates `expression` in the extension's content-script world of `page`, through the DevTools protocol. */
async function inContentScriptWorld(page: Page): Promise<{ cdp: CDPSession; run(expression: string): Promise<unknown> }> {
  const cdp = await browser.ext.context.newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${browser.ext.extensionId}`;
  const isolated = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(origin));
  if (!isolated) throw new Error(`no content-script world in ${page.url()}: ${JSON.stringify(contexts.map((c) => [c.origin, c.auxData]))}`);
  return {
    cdp,
    async run(expression) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: isolated.id, awaitPromise: true, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as unknown;
    },
  };
}

const request = (type: string, payload: object) =>
  `chrome.runtime.sendMessage(${JSON.stringify({ type, payload })}).then((answer) => ({ answer }), (error) => ({ refused: String(error.message) }))`;

describe('requests from the content-script world', () => {
  it('are refused for packs, status and other tabs, and answered about their own tab only', async () => {
    const other = await browser.ext.context.newPage();
    await other.goto(OTHER_URL);
    await waitForHighlights(other);
    const otherTab = await tabIdOf(browser.ext, other);
    const page = await browser.ext.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page);

    const world = await inContentScriptWorld(page);
    for (const [type, payload] of [
      ['listPacks', {}],
      ['status', {}],
      ['installPack', { pack: {}, fileName: 'evil.json' }],
      ['removePack', { id: 'x' }],
      ['pageSummary', { tabId: otherTab }],
    ] as const) {
      expect(await world.run(request(type, payload)), type).toEqual({ refused: expect.stringMatching(/is not answered to a content-script/) });
    }
    // A card is still answered, for the sender's own page (the unit tests pin that the passed tab id is ignored).
    const card = (await world.run(request('card', { entity: 'kim-jong-un', tabId: otherTab }))) as { answer?: { entity: { id: string } } };
    expect(card.answer?.entity.id).toBe('kim-jong-un');
    // The page's own settings say how to show it, and nothing of the reader's other sites.
    expect(await world.run(request('pageSettings', {}))).toEqual({ answer: { on: true, view: expect.objectContaining({ highlightStyle: 'dotted' }) } });
    // Storage is closed to the page's world: settings, sites, packs and feeds are the worker's alone.
    for (const area of ['local', 'sync', 'session']) {
      const read = `chrome.storage.${area}.get(null).then(() => 'read', (error) => 'refused: ' + error.message)`;
      expect(await world.run(`(async () => { try { return await ${read}; } catch (error) { return 'refused: ' + error.message; } })()`), area).toMatch(/^refused/);
    }
    await world.cdp.detach();
    await page.close();
    await other.close();
  });
});
