import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetCommand } from '../../scripts/cli/dataset';
import { captureIO } from '../../scripts/cli/io';
import { tabIdOf, waitForHighlights } from '../../scripts/lib/browser';
import { startPageServer, type PageServer } from '../../scripts/lib/server';
import type { FeedInfo } from '../../src/messages';
import type { Card } from '../../src/core/views';
import { launchWithGrantedOrigins } from './granted-origins';
import { DEMO_FILE } from './helpers';
import { SHARED_CURRENT_EVENTS } from '../../scripts/lib/current-events';

/**
 * A pack feed served over HTTPS under a publisher's own host, through its whole life in the extension: subscribe,
 * an unchanged feed (304), an update, a corrupt update, the host down, and unsubscribe. Each step is checked both in
 * what the options page shows and in what the engine answers for a card.
 */

const ORIGIN = 'https://packs.newsarchive.example';
const FEED_URL = `${ORIGIN}/monthly/backstory-feed.json`;
const PACK_URL = `${ORIGIN}/monthly/current-events.json`;
const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
const PUTIN = 'vladimir-putin';

function importMonth(from: string, to: string): Buffer {
  const io = captureIO();
  const code = datasetCommand(['import-current-events', SHARED_CURRENT_EVENTS, '--from', from, '--to', to], io);
  if (code !== 0) throw new Error(io.stderr());
  return Buffer.from(io.stdout());
}

/** What the fake publisher serves; the test changes it between steps. */
interface Published {
  pack: Buffer;
  /** The file the feed describes (size, SHA-256): the served pack unless a step corrupts it on the way. */
  listed?: Buffer;
  etag: string;
  down: boolean;
}

let server: PageServer;
let ext: Awaited<ReturnType<typeof launchWithGrantedOrigins>>;
let options: Page;
let firstHalf: Buffer;
let wholeMonth: Buffer;
const published: Published = { pack: Buffer.alloc(0), etag: '"v1"', down: false };
const requests: { url: string; ifNoneMatch?: string }[] = [];

function feedBody(): string {
  const listed = published.listed ?? published.pack;
  const sha = createHash('sha256').update(listed).digest('hex');
  return JSON.stringify({
    format: 'backstory-feed',
    version: 1,
    title: 'News archive monthly packs',
    updated: '2026-04-01T00:00:00Z',
    packs: [{ id: 'current-events', url: 'current-events.json', size: listed.length, sha256: sha }],
  });
}

function json(res: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(200, { 'content-type': 'application/json', ...headers }).end(body);
}

async function send<T>(type: string, payload: unknown): Promise<T> {
  return options.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }) as Promise<unknown>, [type, payload] as const) as Promise<T>;
}

/** What the engine answers: Putin's events in August 2025 on his card's timeline, and the events it holds in all. */
async function engine(): Promise<{ august: number; events: number }> {
  const card = await send<Card | null>('card', { entity: PUTIN });
  const status = await send<{ events: number }>('datasetStatus', {});
  return { august: card?.history.find((m) => m.month === '2025-08')?.count ?? 0, events: status.events };
}

let bundled: { august: number; events: number };
let installedFirst: { august: number; events: number };

async function feeds(): Promise<FeedInfo[]> {
  return send<FeedInfo[]>('listFeeds', {});
}

beforeAll(async () => {
  firstHalf = importMonth('2025-08-01', '2025-08-10');
  wholeMonth = importMonth('2025-08-01', '2025-08-31');
  published.pack = firstHalf;
  server = await startPageServer();
  server.handle(FEED_URL, (req, res) => {
    const ifNoneMatch = req.headers['if-none-match'];
    requests.push({ url: FEED_URL, ifNoneMatch: typeof ifNoneMatch === 'string' ? ifNoneMatch : undefined });
    if (published.down) {
      req.socket.destroy();
      return;
    }
    if (ifNoneMatch === published.etag) {
      res.writeHead(304, { etag: published.etag }).end();
      return;
    }
    json(res, feedBody(), { etag: published.etag });
  });
  server.handle(PACK_URL, (req, res) => {
    requests.push({ url: PACK_URL });
    if (published.down) {
      req.socket.destroy();
      return;
    }
    json(res, published.pack);
  });
  server.route(DEMO_URL, DEMO_FILE);
  ext = await launchWithGrantedOrigins({ serverPort: server.port, origins: [`${ORIGIN}/*`] });
  options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('pack feeds in the extension', () => {
  it('sends nothing before a feed is subscribed', async () => {
    expect(requests).toEqual([]);
    expect(await options.textContent('section[aria-labelledby="feeds-heading"]')).toContain('No feed subscribed.');
    bundled = await engine();
  });

  it('the popup says the date the events run to', async () => {
    const latest = (await send<{ latest: string | null }>('datasetStatus', {})).latest;
    expect(latest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const page = await ext.context.newPage();
    await page.goto(DEMO_URL);
    await waitForHighlights(page);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${await tabIdOf(ext, page)}`);
    await popup.waitForSelector('[data-testid="popup-as-of"]');
    const line = await popup.textContent('[data-testid="popup-as-of"]');
    expect(line).toMatch(/^Backstory's events run to .+\.$/);
    const [year, , day] = latest!.split('-');
    expect(line).toContain(year);
    expect(line).toContain(String(Number(day)));
    await popup.close();
    await page.close();
  });

  it('subscribes: the feed and its pack are fetched, checked and installed', async () => {
    expect(await ext.worker.evaluate((o) => chrome.permissions.contains({ origins: [o] }), `${ORIGIN}/*`)).toBe(true);
    await options.fill('[data-testid="feed-url"]', FEED_URL);
    await options.click('[data-testid="feed-subscribe"]');
    await options.waitForFunction(() => document.querySelector('[data-testid="feed-status"]')?.textContent?.startsWith('Subscribed'));
    expect(await options.textContent('[data-testid="feed-status"]')).toBe('Subscribed to "News archive monthly packs": 1 packs installed.');
    expect(await options.textContent('[data-testid="feed-list"]')).toContain(FEED_URL);
    installedFirst = await engine();
    expect(installedFirst.august).toBeGreaterThan(bundled.august);
    expect(installedFirst.events).toBeGreaterThan(bundled.events);
  });

  it('leaves everything as it is when the feed answers 304 Not Modified, on the daily alarm', async () => {
    const before = (await feeds())[0]!;
    const asked = requests.length;
    // The daily alarm, made due now: its handler is the one the browser calls once a day.
    await ext.worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now(), periodInMinutes: 24 * 60 }), 'backstory-feeds');
    await expect.poll(async () => (await feeds())[0]!.checked, { timeout: 30_000 }).not.toBe(before.checked);
    expect(requests.slice(asked)).toEqual([{ url: FEED_URL, ifNoneMatch: '"v1"' }]);
    const after = (await feeds())[0]!;
    expect(after.error).toBeNull();
    expect(after.packs).toBe(1);
    expect(await engine()).toEqual(installedFirst);
  });

  it('installs an update once it has passed every check', async () => {
    published.pack = wholeMonth;
    published.etag = '"v2"';
    await options.click('[data-testid="feed-refresh"]');
    await options.waitForFunction(() => document.querySelector('[data-testid="feed-status"]')?.textContent === 'Feeds checked.');
    expect(await options.$('[data-testid="feed-error"]')).toBeNull();
    const updated = await engine();
    expect(updated.events).toBeGreaterThan(installedFirst.events);
    expect(updated.august).toBeGreaterThan(installedFirst.august);
  });

  it('refuses a corrupt update, keeps what was installed and shows why', async () => {
    const before = await engine();
    // The publisher lists a new file, but what arrives has one byte changed on the way.
    published.listed = Buffer.concat([wholeMonth, Buffer.from('\n')]);
    published.pack = Buffer.from(published.listed);
    published.pack[10] = published.pack[10] === 0x20 ? 0x0a : 0x20;
    published.etag = '"v3"';
    await options.click('[data-testid="feed-refresh"]');
    await options.waitForSelector('[data-testid="feed-error"]');
    expect(await options.textContent('[data-testid="feed-error"]')).toMatch(/^ Last check failed, nothing was changed: https:\/\/packs\.newsarchive\.example\/monthly\/current-events\.json does not match the checksum the feed lists \(sha256 [0-9a-f]{64}\)$/);
    expect(await engine()).toEqual(before);
    published.listed = undefined;
  });

  it('keeps what was installed when the host is down, and says so', async () => {
    const before = await engine();
    published.pack = wholeMonth;
    published.down = true;
    await options.click('[data-testid="feed-refresh"]');
    await options.waitForFunction(() => /cannot be reached/.test(document.querySelector('[data-testid="feed-error"]')?.textContent ?? ''));
    expect(await options.textContent('[data-testid="feed-error"]')).toContain('packs.newsarchive.example cannot be reached');
    expect(await engine()).toEqual(before);
    expect((await feeds())[0]!.packs).toBe(1);
    published.down = false;
  });

  it('unsubscribes: the pack is removed and the card is back to the bundled data', async () => {
    await options.click('[data-testid="feed-list"] li button');
    await options.waitForFunction(() => document.querySelector('[data-testid="feed-status"]')?.textContent?.startsWith('Unsubscribed'));
    expect(await options.$('[data-testid="feed-list"]')).toBeNull();
    expect(await feeds()).toEqual([]);
    expect(await engine()).toEqual(bundled);
  });
});
