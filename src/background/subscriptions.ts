import { ext as browser } from '../send';
import { parseFeedUrl } from '../core/dataset/feed';
import { validatePack, type Pack } from '../core/dataset/pack';
import { checkFeed, type Subscription, type VerifiedPack } from '../core/dataset/subscription';
import { formatProblem } from '../core/dataset/types';
import type { FeedInfo, SubscribeResult } from '../messages';
import { getBaseDataset, invalidateEngine } from './engine-loader';
import { eventIdsOf, mergePacks } from './merge-packs';
import { deleteStoredPack, listStoredPacks, putStoredPack } from './pack-store';
import { listPacks } from './packs';

/**
 * Feed subscriptions: checked on start, daily (`alarms`) and on demand. A feed's packs are installed beside the
 * bundled data under ids of their own (`feed:<feed address>#<entry id>`); an update replaces them only once every
 * check has passed — size, SHA-256, the pack schema and the record checks against everything else installed — so a
 * failed or corrupt update, an unreachable host or a changed checksum leaves what was installed untouched, and the
 * reason is kept for the options page. No feed is subscribed by default: a fresh install sends no request at all.
 */

const KEY = 'feedSubscriptions';
export const FEED_ALARM = 'backstory-feeds';
const DAY_MINUTES = 24 * 60;

async function load(): Promise<Subscription[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as Subscription[]) : [];
}

async function save(subscriptions: Subscription[]): Promise<void> {
  await browser.storage.local.set({ [KEY]: subscriptions });
}

const storedId = (feedUrl: string, entryId: string) => `feed:${feedUrl}#${entryId}`;

function info(s: Subscription): FeedInfo {
  return { url: s.url, title: s.title ?? s.url, checked: s.checked ?? null, error: s.error ?? null, packs: Object.keys(s.installed).length };
}

/** Validates the changed packs against the installed data without the packs they replace; answers the problems. */
async function validateChanged(subscription: Subscription, changed: VerifiedPack[], removed: string[]): Promise<{ packs: Pack[]; problems: string[] }> {
  const replacing = new Set([...changed.map((c) => c.entry.id), ...removed].map((id) => storedId(subscription.url, id)));
  const others = (await listStoredPacks()).filter((p) => !replacing.has(p.id));
  const installed = mergePacks(await getBaseDataset(), others);
  const entities = new Map(installed.dataset.entities.map((e) => [e.id, e]));
  const eventIds = eventIdsOf(installed);
  const packs: Pack[] = [];
  const problems: string[] = [];
  for (const { entry, raw } of changed) {
    const { pack, problems: found } = validatePack(raw, entry.url, { entities, eventIds });
    if (!pack) {
      problems.push(...found.map(formatProblem));
      continue;
    }
    // Later packs of the same feed are checked against the earlier ones too: ids stay unique across all.
    for (const e of pack.entities) entities.set(e.id, e);
    for (const e of pack.events) eventIds.add(e.id);
    packs.push(pack);
  }
  return { packs, problems };
}

/** Checks one subscription and installs what passed; answers it with its new state (the caller saves it). */
async function refresh(subscription: Subscription): Promise<Subscription> {
  const checked = new Date().toISOString();
  const result = await checkFeed(subscription, (url, init) => fetch(url, init));
  if (result.status === 'unchanged') return { ...subscription, checked, error: undefined };
  if (result.status === 'failed') return { ...subscription, checked, error: result.reason };
  const { packs, problems } = await validateChanged(subscription, result.changed, result.removed);
  if (problems.length) return { ...subscription, checked, error: `The update was not installed: ${problems.slice(0, 5).join('; ')}` };
  const now = new Date().toISOString();
  for (const [i, { entry }] of result.changed.entries()) await putStoredPack({ id: storedId(subscription.url, entry.id), pack: packs[i]!, installed: now });
  for (const id of result.removed) await deleteStoredPack(storedId(subscription.url, id));
  const installed = { ...subscription.installed };
  for (const { entry } of result.changed) installed[entry.id] = entry.sha256;
  for (const id of result.removed) delete installed[id];
  if (result.changed.length || result.removed.length) {
    invalidateEngine();
    await listPacks(); // recounts, so a fresh worker knows whether to open IndexedDB
  }
  return { url: subscription.url, title: result.feed.title, etag: result.etag, lastModified: result.lastModified, installed, checked, error: undefined };
}

let running: Promise<FeedInfo[]> | undefined;

/** Checks every subscription, one run at a time (the alarm, the start and the options page may ask together). */
export function refreshFeeds(): Promise<FeedInfo[]> {
  running ??= (async () => {
    const next: Subscription[] = [];
    for (const s of await load()) next.push(await refresh(s));
    // A subscription removed while the run went on stays removed.
    const still = new Set((await load()).map((s) => s.url));
    const kept = next.filter((s) => still.has(s.url));
    await save(kept);
    return kept.map(info);
  })().finally(() => {
    running = undefined;
  });
  return running;
}

export async function listFeeds(): Promise<FeedInfo[]> {
  return (await load()).map(info);
}

export async function subscribeFeed(address: string): Promise<SubscribeResult> {
  const url = parseFeedUrl(address);
  if (!url) return { ok: false, problem: `"${address}" is not an https: address` };
  const granted = await browser.permissions.contains({ origins: [`${url.origin}/*`] });
  if (!granted) return { ok: false, problem: `Backstory may not read ${url.origin}: the permission was not given` };
  const all = await load();
  if (all.some((s) => s.url === url.href)) return { ok: false, problem: `${url.href} is already subscribed` };
  const subscription = await refresh({ url: url.href, installed: {} });
  if (subscription.error) return { ok: false, problem: subscription.error };
  await save([...(await load()), subscription]);
  return { ok: true, feed: info(subscription) };
}

export async function unsubscribeFeed(url: string): Promise<FeedInfo[]> {
  const all = await load();
  const gone = all.find((s) => s.url === url);
  if (gone) {
    for (const id of Object.keys(gone.installed)) await deleteStoredPack(storedId(url, id));
    await save(all.filter((s) => s !== gone));
    invalidateEngine();
    await listPacks();
  }
  return (await load()).map(info);
}

/** Daily checks; the alarm survives worker restarts, and creating it again only moves its next time. */
export async function scheduleFeedChecks(): Promise<void> {
  if (!(await browser.alarms.get(FEED_ALARM))) await browser.alarms.create(FEED_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: DAY_MINUTES });
}
