import { MAX_FEED_BYTES, sha256Hex, validateFeed, type Feed, type FeedEntry } from './feed';
import { formatProblem } from './types';

/**
 * Checking a subscribed feed for updates. Pure but for the `fetch` it is given: the service worker passes the
 * browser's, tests a fake. Nothing here installs anything: it answers which listed packs are new or changed, each
 * already verified (size, SHA-256, JSON), or why the check failed; the caller validates the packs against the installed
 * data and swaps them in only when every check has passed, so a failed update leaves what was installed untouched.
 */

export interface Subscription {
  /** The feed's address, in parsed form. */
  url: string;
  title?: string;
  etag?: string;
  lastModified?: string;
  /** Feed entry id → SHA-256 of the installed file. */
  installed: Record<string, string>;
  /** ISO date-time of the last check, and its outcome. */
  checked?: string;
  error?: string;
}

export interface VerifiedPack {
  entry: FeedEntry;
  raw: unknown;
}

export type FeedCheck =
  | { status: 'unchanged' }
  | { status: 'updated'; feed: Feed; etag?: string; lastModified?: string; changed: VerifiedPack[]; removed: string[] }
  | { status: 'failed'; reason: string };

export type Fetch = (url: string, init?: { headers?: Record<string, string>; cache?: RequestCache; credentials?: RequestCredentials }) => Promise<Response>;

async function readCapped(response: Response, limit: number, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new Error(`${what} is ${declared} bytes, over the limit of ${limit}`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.length > limit) throw new Error(`${what} is ${body.length} bytes, over the limit of ${limit}`);
  return body;
}

export async function checkFeed(subscription: Subscription, fetchFn: Fetch): Promise<FeedCheck> {
  const feedUrl = new URL(subscription.url);
  const headers: Record<string, string> = {};
  if (subscription.etag) headers['If-None-Match'] = subscription.etag;
  if (subscription.lastModified) headers['If-Modified-Since'] = subscription.lastModified;
  let response: Response;
  try {
    response = await fetchFn(feedUrl.href, { headers, cache: 'no-store', credentials: 'omit' });
  } catch (error) {
    return { status: 'failed', reason: `${feedUrl.host} cannot be reached (${(error as Error).message})` };
  }
  if (response.status === 304) return { status: 'unchanged' };
  if (!response.ok) return { status: 'failed', reason: `${feedUrl.href} answered ${response.status}` };
  let feed: Feed;
  try {
    const raw = JSON.parse(new TextDecoder().decode(await readCapped(response, MAX_FEED_BYTES, 'the feed'))) as unknown;
    const checked = validateFeed(raw, feedUrl);
    if (!checked.feed) return { status: 'failed', reason: checked.problems.map(formatProblem).join('\n') };
    feed = checked.feed;
  } catch (error) {
    return { status: 'failed', reason: `${feedUrl.href}: ${(error as Error).message}` };
  }
  const changed: VerifiedPack[] = [];
  for (const entry of feed.packs) {
    if (subscription.installed[entry.id] === entry.sha256) continue;
    try {
      const packResponse = await fetchFn(entry.url, { cache: 'no-store', credentials: 'omit' });
      if (!packResponse.ok) return { status: 'failed', reason: `${entry.url} answered ${packResponse.status}` };
      const bytes = await readCapped(packResponse, entry.size, `${entry.url}`);
      if (bytes.length !== entry.size) return { status: 'failed', reason: `${entry.url} is ${bytes.length} bytes, the feed says ${entry.size}` };
      const sum = await sha256Hex(bytes);
      if (sum !== entry.sha256) return { status: 'failed', reason: `${entry.url} does not match the checksum the feed lists (sha256 ${sum})` };
      changed.push({ entry, raw: JSON.parse(new TextDecoder().decode(bytes)) as unknown });
    } catch (error) {
      return { status: 'failed', reason: `${entry.url}: ${(error as Error).message}` };
    }
  }
  const listed = new Set(feed.packs.map((p) => p.id));
  const removed = Object.keys(subscription.installed).filter((id) => !listed.has(id));
  return { status: 'updated', feed, etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined, changed, removed };
}
