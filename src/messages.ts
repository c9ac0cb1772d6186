import type { PageScan } from './core/engine';
import type { PackCheck, PackInfo } from './core/dataset/pack';
import type { PageSettings } from './core/settings';
import type { Card, EntityView, MentionView, PageEntity, PageSummary } from './core/views';

/**
 * Every request between the content script, the extension's pages (popup, options) and the service worker, split
 * by who may send it. The worker checks the sender of every request against these maps (`src/background/roles.ts`):
 * a content script runs in a page's renderer, which a hostile page may have compromised, so it gets only the
 * requests that answer about its own tab.
 */
export interface PageInfo {
  url: string;
  title: string;
  published: string | null;
}

/** Content script → worker. Answers concern the sender's own tab only; a `tabId` it passes is ignored. */
export interface ContentScriptRequests {
  /** The article's text blocks; answers the names found, per block. */
  scan: { request: { page: PageInfo; blocks: string[] }; response: Pick<PageScan, 'mentions' | 'entities'> };
  /** The card for an entity on the sender's page. */
  card: { request: { entity: string }; response: Card | null };
  /**
   * The blocks added or changed since the last scan of this page (`key`s chosen by the page), and the keys of blocks
   * gone. Answers the mentions in the added blocks, read in the context of the whole page; or `lost` when the worker
   * no longer holds the page (it was restarted): the page then sends all its blocks again.
   */
  scanChanges: { request: ScanChanges; response: ScanChangesResult };
  /** The card's code, injected into the asking tab's top frame on the first hover. */
  loadCard: { request: Record<string, never>; response: null };
  /** Whether to read this page and how to show it, for the page's own host (the worker reads the settings). */
  pageSettings: { request: Record<string, never>; response: PageSettings };
}

export interface ScanChanges {
  page: PageInfo;
  /** Set on the first request of a page: the worker forgets what it held for the tab before. */
  fresh: boolean;
  /**
   * On the first request of a reading (not on a resend after a worker restart): the page starts being read (anew
   * after a navigation); the worker stores it so before the scan, and the popup shows it as being read until the
   * answer. The only way a page says so: no message of its own before the first highlight.
   */
  reading?: { navigated: boolean };
  /** The page has not looked for its date yet (`page.published` is null for now): the worker asks for it when it needs it. */
  undated?: boolean;
  added: { key: number; text: string }[];
  removed: number[];
}

export type ScanChangesResult =
  | { lost: false; mentions: (Omit<MentionView, 'segment'> & { key: number })[]; entities: PageEntity[] }
  | { lost: true };

/** `builtIn`: a news site in the manifest; `added`: turned on from the popup and permitted; `none`: neither. */
export interface SiteAccess {
  host: string;
  access: 'builtIn' | 'added' | 'none';
}

/** Extension page (popup, options) → worker. */
export interface ExtensionPageRequests {
  /** The card for an entity on the page in tab `tabId` (the popup's tab). */
  card: { request: { entity: string; tabId?: number }; response: Card | null };
  /** What was found in a tab. */
  pageSummary: { request: { tabId: number }; response: PageSummary | null };
  /** What is loaded, and how long loading took in this service worker. */
  status: { request: Record<string, never>; response: EngineStatus };
  /** The installed packs. */
  listPacks: { request: Record<string, never>; response: PackInfo[] };
  /** Check a parsed pack file without installing it: its problems, or what it adds and what it overrides. */
  checkPack: { request: { pack: unknown; fileName: string }; response: PackCheck };
  /** Check a parsed pack file and install it; nothing changes when it is rejected. */
  installPack: { request: { pack: unknown; fileName: string }; response: InstallResult };
  /** Remove a pack; answers the packs left. */
  removePack: { request: { id: string }; response: PackInfo[] };
  /** The subscribed feeds and the outcome of their last check. */
  listFeeds: { request: Record<string, never>; response: FeedInfo[] };
  /** Subscribe to a feed (its origin's permission already granted) and install its packs. */
  subscribeFeed: { request: { url: string }; response: SubscribeResult };
  /** Drop a feed and the packs it installed. */
  unsubscribeFeed: { request: { url: string }; response: FeedInfo[] };
  /** Check every feed now. */
  refreshFeeds: { request: Record<string, never>; response: FeedInfo[] };
  /** After the reader granted the host permission, run Backstory on that host from now on. */
  enableSite: { request: { host: string; tabId?: number }; response: SiteAccess };
  /** Stop running on a host turned on from the popup, and give its permission back. */
  disableSite: { request: { host: string }; response: SiteAccess };
  /** Whether Backstory runs on a tab's host, and why. */
  siteAccess: { request: { host: string }; response: SiteAccess };
  /** Entities of the whole dataset whose name or alias starts with the query, accents ignored. */
  searchEntities: { request: { query: string; limit: number }; response: EntityView[] };
  /** Whether a tab's page is being read now (and was reached without a page load), or null. */
  tabReading: { request: { tabId: number }; response: { navigated: boolean } | null };
  /** What Backstory knows, in the reader's terms: counts, and the date of the latest event. */
  datasetStatus: { request: Record<string, never>; response: { entities: number; events: number; latest: string | null } };
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

/** Worker → content script, in the tab. */
export interface ContentRequestMap {
  /** The keyboard command: open the card for the name at the text cursor or selection, with focus in it. */
  openCardAtSelection: { request: Record<string, never>; response: boolean };
  /** Popup or keyboard command → content: scroll to a mention (of `entity`, or the next/previous one), mark it, open its card with focus. */
  revealMention: { request: { entity: string } | { step: 1 | -1 }; response: boolean };
  /** Worker → content: the page's publication date, looked for now if it was not yet (see `TabState.undated`). */
  findDate: { request: Record<string, never>; response: string | null };
  /** The reader changed their settings: the page asks for its own again (`pageSettings`). */
  settingsChanged: { request: Record<string, never>; response: boolean };
}

/**
 * The request types each sender may use, as values the worker can check at run time. `satisfies` ties each list to
 * its map both ways: a request missing here or named here but not in the map fails the typecheck.
 */
export const CONTENT_SCRIPT_REQUESTS = { scan: true, card: true, scanChanges: true, loadCard: true, pageSettings: true } as const satisfies Record<keyof ContentScriptRequests, true>;
export const EXTENSION_PAGE_REQUESTS = {
  card: true,
  pageSummary: true,
  status: true,
  listPacks: true,
  checkPack: true,
  installPack: true,
  removePack: true,
  listFeeds: true,
  subscribeFeed: true,
  unsubscribeFeed: true,
  refreshFeeds: true,
  enableSite: true,
  disableSite: true,
  siteAccess: true,
  searchEntities: true,
  tabReading: true,
  datasetStatus: true,
} as const satisfies Record<keyof ExtensionPageRequests, true>;
const CONTENT_REQUESTS = { openCardAtSelection: true, revealMention: true, findDate: true, settingsChanged: true } as const satisfies Record<keyof ContentRequestMap, true>;

/** Every request the worker answers, whoever sends it: what `send` is typed from. */
export type RequestMap = ContentScriptRequests & ExtensionPageRequests;

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

export type Message = { [T in RequestType]: { type: T; payload: RequestOf<T> } }[RequestType];

/** What the background keeps for a tab in `storage.session`, so the popup works after the worker was stopped. */
export interface TabState {
  page: PageInfo;
  entities: PageEntity[];
  /** Set while the page is being read; `navigated` when it was reached without a page load. */
  reading?: { navigated: boolean };
  /** The page has not looked for its date yet: the worker asks the tab (`findDate`) before it ranks with the date. */
  undated?: boolean;
}

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  // Looked up in the two lists themselves: a list of every type built at the start would be built in every page too.
  const known = typeof type === 'string' && (Object.hasOwn(CONTENT_SCRIPT_REQUESTS, type) || Object.hasOwn(EXTENSION_PAGE_REQUESTS, type));
  return known && typeof payload === 'object' && payload !== null;
}

export type ContentMessage = { [T in keyof ContentRequestMap]: { type: T; payload: ContentRequestMap[T]['request'] } }[keyof ContentRequestMap];

export function isContentMessage(value: unknown): value is ContentMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  return typeof type === 'string' && Object.hasOwn(CONTENT_REQUESTS, type);
}

/** At most this many mentions are answered for a page and drawn on it: beyond, a page is a list, not an article. */
export const MAX_MENTIONS = 20_000;

/** Worker → extension pages (the popup): a tab's findings changed; pages not showing that tab ignore it. */
export interface TabChanged {
  type: 'tabChanged';
  tabId: number;
}

export function isTabChanged(value: unknown): value is TabChanged {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'tabChanged' && typeof (value as { tabId?: unknown }).tabId === 'number';
}

/**
 * Worker → extension pages (the options page): how far the install of a pack from the options page has gone, in
 * events written to the database so far out of the pack's events. The page that sent the pack shows it.
 */
export interface PackProgress {
  type: 'packProgress';
  fileName: string;
  written: number;
  total: number;
}

export function isPackProgress(value: unknown): value is PackProgress {
  if (typeof value !== 'object' || value === null) return false;
  const { type, fileName, written, total } = value as Partial<Record<keyof PackProgress, unknown>>;
  return type === 'packProgress' && typeof fileName === 'string' && typeof written === 'number' && typeof total === 'number';
}
