import type { PageScan } from './core/engine';
import type { PackInfo } from './core/dataset/pack';
import type { Card, PageEntity, PageSummary } from './core/views';

/**
 * Every request between the content script, the popup, the options page and the service worker, in one map:
 * the request's payload and what it answers. Senders and handlers are typed from this map and nothing else.
 */
export interface PageInfo {
  url: string;
  title: string;
  published: string | null;
}

export interface RequestMap {
  /** Content → background: the article's text blocks; answers the names found, per block. */
  scan: { request: { page: PageInfo; blocks: string[] }; response: Pick<PageScan, 'mentions' | 'entities'> };
  /** Content or popup → background: the card for an entity on a page (the sender's tab, or `tabId` from the popup). */
  card: { request: { entity: string; tabId?: number }; response: Card | null };
  /** Popup → background: what was found in a tab. */
  pageSummary: { request: { tabId: number }; response: PageSummary | null };
  /** Options → background: what is loaded, and how long loading took in this service worker. */
  status: { request: Record<string, never>; response: EngineStatus };
  /** Options → background: the installed packs. */
  listPacks: { request: Record<string, never>; response: PackInfo[] };
  /** Options → background: check a parsed pack file and install it; nothing changes when it is rejected. */
  installPack: { request: { pack: unknown; fileName: string }; response: InstallResult };
  /** Options → background: remove a pack; answers the packs left. */
  removePack: { request: { id: string }; response: PackInfo[] };
  /** Options → background: the subscribed feeds and the outcome of their last check. */
  listFeeds: { request: Record<string, never>; response: FeedInfo[] };
  /** Options → background: subscribe to a feed (its origin's permission already granted) and install its packs. */
  subscribeFeed: { request: { url: string }; response: SubscribeResult };
  /** Options → background: drop a feed and the packs it installed. */
  unsubscribeFeed: { request: { url: string }; response: FeedInfo[] };
  /** Options → background: check every feed now. */
  refreshFeeds: { request: Record<string, never>; response: FeedInfo[] };
}

export interface FeedInfo {
  url: string;
  title: string;
  /** ISO date-time of the last check, and why it failed, if it did. */
  checked: string | null;
  error: string | null;
  packs: number;
}

export type SubscribeResult = { ok: true; feed: FeedInfo } | { ok: false; problem: string };

export interface EngineStatus {
  entities: number;
  events: number;
  /** Fetching and parsing the bundled dataset and reading installed packs. */
  datasetMs: number;
  /** Building the matcher and indexes from them. */
  engineMs: number;
  /** From the worker's start to a ready engine: its script with the dataset, the packs, the build. */
  readyMs: number;
}

export type InstallResult = { ok: true; pack: PackInfo } | { ok: false; problems: string[] };

export type RequestType = keyof RequestMap;
export type RequestOf<T extends RequestType> = RequestMap[T]['request'];
export type ResponseOf<T extends RequestType> = RequestMap[T]['response'];

const REQUEST_TYPES: readonly RequestType[] = ['scan', 'card', 'pageSummary', 'status', 'listPacks', 'installPack', 'removePack', 'listFeeds', 'subscribeFeed', 'unsubscribeFeed', 'refreshFeeds'];

export type Message = { [T in RequestType]: { type: T; payload: RequestOf<T> } }[RequestType];

/** What the background keeps for a tab in `storage.session`, so the popup works after the worker was stopped. */
export interface TabState {
  page: PageInfo;
  entities: PageEntity[];
}

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && REQUEST_TYPES.includes(type as RequestType) && typeof payload === 'object' && payload !== null;
}

/** Background → content script, in the tab: requests the page side answers. */
export interface ContentRequestMap {
  /** The keyboard command: open the card for the name at the text cursor or selection, with focus in it. */
  openCardAtSelection: { request: Record<string, never>; response: boolean };
}

export type ContentMessage = { [T in keyof ContentRequestMap]: { type: T; payload: ContentRequestMap[T]['request'] } }[keyof ContentRequestMap];

export function isContentMessage(value: unknown): value is ContentMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'openCardAtSelection';
}
