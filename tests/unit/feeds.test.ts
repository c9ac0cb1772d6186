import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetCommand } from '../../scripts/cli/dataset';
import { captureIO } from '../../scripts/cli/io';
import { parseFeedUrl, validateFeed, type Feed } from '../../src/core/dataset/feed';
import { checkFeed, type Fetch, type Subscription } from '../../src/core/dataset/subscription';
import { CURRENT_EVENTS, REPO } from './helpers/paths';

/** Pack feeds: the publisher's command that writes one, and the reader's check for updates against a fake host. */

const FEED_URL = 'https://packs.newsdata.example/monthly/backstory-feed.json';
let folder: string;
let feedText: string;

function importMonth(day: string, file: string): void {
  const io = captureIO();
  expect(datasetCommand(['import-current-events', CURRENT_EVENTS, '--from', day, '--to', day], io), io.stderr()).toBe(0);
  writeFileSync(join(folder, file), io.stdout());
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'backstory-feed-'));
  importMonth('2025-08-22', 'current-events-2025-08-22.json');
  importMonth('2025-08-23', 'current-events-2025-08-23.json');
  const io = captureIO();
  expect(datasetCommand(['feed', folder, '--title', 'Monthly packs'], io), io.stderr()).toBe(0);
  feedText = readFileSync(join(folder, 'backstory-feed.json'), 'utf8');
}, 120_000);

/** A host serving the folder at FEED_URL's directory, with an ETag, that tests can break. */
function host(files: Record<string, Uint8Array | string>, opts: { down?: boolean } = {}): Fetch & { log: string[] } {
  const log: string[] = [];
  const fetchFn = async (url: string, init?: { headers?: Record<string, string> }) => {
    log.push(url);
    if (opts.down) throw new TypeError('Failed to fetch');
    const name = new URL(url).pathname.split('/').pop()!;
    const body = files[name];
    if (body === undefined) return new Response('not here', { status: 404 });
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (init?.headers?.['If-None-Match'] === etag) return new Response(null, { status: 304 });
    return new Response(typeof body === 'string' ? body : Buffer.from(body), { status: 200, headers: { etag } });
  };
  return Object.assign(fetchFn, { log });
}

function served(): Record<string, Uint8Array | string> {
  const feed = JSON.parse(feedText) as Feed;
  const files: Record<string, Uint8Array | string> = { 'backstory-feed.json': feedText };
  for (const p of feed.packs) files[p.url] = readFileSync(join(folder, p.url));
  return files;
}

const fresh = (): Subscription => ({ url: FEED_URL, installed: {} });

describe('npm run dataset -- feed', () => {
  it('writes a feed the JSON Schema and the reader both accept, listing each pack with size and checksum', () => {
    const feed = JSON.parse(feedText) as Feed;
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(REPO, 'schemas/backstory-feed.schema.json'), 'utf8')) as object);
    expect(validate(feed), JSON.stringify(validate.errors)).toBe(true);
    expect(feed.title).toBe('Monthly packs');
    expect(feed.packs.map((p) => p.id)).toEqual(['current-events-2025-08-22', 'current-events-2025-08-23']);
    for (const p of feed.packs) {
      const bytes = readFileSync(join(folder, p.url));
      expect(p.size).toBe(bytes.length);
      expect(p.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(validateFeed(feed, new URL(FEED_URL)).problems).toEqual([]);
  });

  it('writes nothing for a folder with a bad pack, and names the problem', () => {
    const bad = mkdtempSync(join(tmpdir(), 'backstory-feed-bad-'));
    writeFileSync(join(bad, 'broken.json'), '{"format": "backstory-pack"');
    const io = captureIO();
    expect(datasetCommand(['feed', bad], io)).toBe(1);
    expect(io.stdout()).toContain('broken.json: (file): (file): cannot be read as JSON');
    expect(existsSync(join(bad, 'backstory-feed.json'))).toBe(false);
    // The command compiles the bundled dataset before it reads a pack: seconds on a busy machine.
  }, 60_000);
});

describe('a feed address', () => {
  it('is https only, stored in its parsed form', () => {
    expect(parseFeedUrl('https:example.org/x')?.href).toBe('https://example.org/x');
    expect(parseFeedUrl('http://example.org/feed.json')).toBeUndefined();
    expect(parseFeedUrl('https://user:pw@example.org/feed.json')).toBeUndefined();
    expect(parseFeedUrl('not a url')).toBeUndefined();
  });

  it('keeps packs on the feed origin', () => {
    const feed = JSON.parse(feedText) as Feed;
    feed.packs[0]!.url = 'https://elsewhere.example/pack.json';
    const { problems } = validateFeed(feed, new URL(FEED_URL));
    expect(problems.map((p) => `${p.record}: ${p.field}`)).toEqual(['current-events-2025-08-22: url']);
  });
});

describe('checking a subscription', () => {
  it('fetches and verifies every pack on first check, then asks with the ETag and gets "unchanged"', async () => {
    const fetchFn = host(served());
    const first = await checkFeed(fresh(), fetchFn);
    if (first.status !== 'updated') throw new Error(JSON.stringify(first));
    expect(first.changed.map((c) => c.entry.id)).toEqual(['current-events-2025-08-22', 'current-events-2025-08-23']);
    expect((first.changed[0]!.raw as { format: string }).format).toBe('backstory-pack');
    const installed = Object.fromEntries(first.changed.map((c) => [c.entry.id, c.entry.sha256]));
    const again = await checkFeed({ url: FEED_URL, etag: first.etag, installed }, fetchFn);
    expect(again).toEqual({ status: 'unchanged' });
  });

  it('fetches only the packs whose checksum changed, and reports packs the feed dropped', async () => {
    const feed = JSON.parse(feedText) as Feed;
    const installed = { [feed.packs[0]!.id]: feed.packs[0]!.sha256, 'old-pack': 'f'.repeat(64) };
    const fetchFn = host(served());
    const result = await checkFeed({ url: FEED_URL, installed }, fetchFn);
    if (result.status !== 'updated') throw new Error(JSON.stringify(result));
    expect(result.changed.map((c) => c.entry.id)).toEqual([feed.packs[1]!.id]);
    expect(result.removed).toEqual(['old-pack']);
    expect(fetchFn.log.some((u) => u.endsWith(feed.packs[0]!.url))).toBe(false);
  });

  it('fails, changing nothing, on a corrupt pack, a wrong size, a missing file or a host that is down', async () => {
    const feed = JSON.parse(feedText) as Feed;
    const corrupt = served();
    const original = corrupt[feed.packs[1]!.url] as Uint8Array;
    const tampered = Uint8Array.from(original);
    tampered[10] = tampered[10] === 32 ? 33 : 32;
    corrupt[feed.packs[1]!.url] = tampered;
    const bad = await checkFeed(fresh(), host(corrupt));
    expect(bad.status).toBe('failed');
    expect(bad.status === 'failed' && bad.reason).toContain('does not match the checksum');

    const short = served();
    short[feed.packs[0]!.url] = original.subarray(0, 100);
    expect(await checkFeed(fresh(), host(short))).toMatchObject({ status: 'failed', reason: expect.stringContaining('the feed says') });

    const missing = served();
    delete missing[feed.packs[0]!.url];
    expect(await checkFeed(fresh(), host(missing))).toMatchObject({ status: 'failed', reason: expect.stringContaining('answered 404') });

    expect(await checkFeed(fresh(), host(served(), { down: true }))).toMatchObject({ status: 'failed', reason: expect.stringContaining('cannot be reached') });
  });
});
