import { MAX_PACK_BYTES } from './pack';
import type { Problem } from './types';

/**
 * A feed: the list of packs a publisher offers at one `https:` address, like a content blocker's filter-list
 * subscription. JSON; its schema is `schemas/backstory-feed.schema.json`. Each entry names a pack file (relative to
 * the feed, or absolute on the feed's own origin, the one origin the reader granted), its size in bytes and its SHA-256,
 * so a reader's browser can refuse a file that is not the one the publisher listed before parsing it.
 */
export interface Feed {
  format: 'backstory-feed';
  version: 1;
  title: string;
  /** ISO date-time the feed was written. */
  updated: string;
  packs: FeedEntry[];
}

export interface FeedEntry {
  /** Stable across updates: a new file under the same id replaces the installed one. */
  id: string;
  url: string;
  size: number;
  sha256: string;
}

/** Packs larger than this are refused before they are read: the same limit as for a pack file imported by hand. */
export { MAX_PACK_BYTES };
export const MAX_FEED_BYTES = 1024 * 1024;
const ID = /^[a-z0-9][a-z0-9._-]{0,99}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const FEED_FIELDS = ['format', 'version', 'title', 'updated', 'packs'];
const ENTRY_FIELDS = ['id', 'url', 'size', 'sha256'];

/** A feed's address, parsed: `https:` only, and in its parsed form (`https:example.org/x` becomes `https://example.org/x`). */
export function parseFeedUrl(input: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return undefined;
  url.hash = '';
  return url;
}

/** Checks a parsed feed fetched from `feedUrl`; pack addresses are resolved against it and must stay on its origin. */
export function validateFeed(raw: unknown, feedUrl: URL): { feed?: Feed; problems: Problem[] } {
  const file = feedUrl.href;
  const problems: Problem[] = [];
  const fail = (record: string, field: string, message: string) => problems.push({ file, record, field, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fail('(feed)', '(file)', 'must be a JSON object with "format": "backstory-feed"');
    return { problems };
  }
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!FEED_FIELDS.includes(key)) fail('(feed)', key, 'is not a known field');
  if (r.format !== 'backstory-feed') fail('(feed)', 'format', 'must be "backstory-feed"');
  if (r.version !== 1) fail('(feed)', 'version', 'must be 1');
  if (typeof r.title !== 'string' || !r.title.trim()) fail('(feed)', 'title', 'must be a non-empty string');
  if (typeof r.updated !== 'string' || Number.isNaN(Date.parse(r.updated))) fail('(feed)', 'updated', 'must be an ISO date-time');
  if (!Array.isArray(r.packs)) fail('(feed)', 'packs', 'must be a list');
  const entries: FeedEntry[] = [];
  const seen = new Set<string>();
  for (const [i, item] of (Array.isArray(r.packs) ? r.packs : []).entries()) {
    const e = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const record = typeof e.id === 'string' ? e.id : `packs[${i}]`;
    for (const key of Object.keys(e)) if (!ENTRY_FIELDS.includes(key)) fail(record, key, 'is not a known field');
    if (typeof e.id !== 'string' || !ID.test(e.id)) fail(record, 'id', 'must be lower-case letters, digits, ".", "_" or "-"');
    else if (seen.has(e.id)) fail(record, 'id', 'is listed twice');
    else seen.add(e.id);
    if (typeof e.size !== 'number' || !Number.isInteger(e.size) || e.size <= 0) fail(record, 'size', 'must be the file size in bytes');
    else if (e.size > MAX_PACK_BYTES) fail(record, 'size', `is over the ${MAX_PACK_BYTES / 1024 / 1024} MB limit for a pack`);
    if (typeof e.sha256 !== 'string' || !SHA256.test(e.sha256)) fail(record, 'sha256', 'must be 64 lower-case hex digits');
    let url: URL | undefined;
    if (typeof e.url !== 'string') fail(record, 'url', 'must be a string');
    else {
      try {
        url = new URL(e.url, feedUrl);
      } catch {
        fail(record, 'url', 'is not an address');
      }
      if (url && url.origin !== feedUrl.origin) fail(record, 'url', `must be on the feed's own origin (${feedUrl.origin})`);
    }
    if (url && typeof e.id === 'string' && typeof e.size === 'number' && typeof e.sha256 === 'string') entries.push({ id: e.id, url: url.href, size: e.size, sha256: e.sha256 });
  }
  if (problems.length) return { problems };
  return { feed: { format: 'backstory-feed', version: 1, title: r.title as string, updated: r.updated as string, packs: entries }, problems };
}

/** Lower-case hex SHA-256 of bytes, with the Web Crypto API (the same in the service worker, Node and tests). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
