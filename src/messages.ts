import type { PageScan } from './core/engine';
import type { PackInfo } from './core/dataset/pack';
import type { Card, EntityView, MentionView, PageEntity, PageSummary } from './core/views';

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

  // --- The reader's experience (issue 10): sites, live pages, the popup's states and search. ---
  /** Content → background: a page starts being read (anew after a navigation); the popup shows it as being read. */
  pageReading: { request: { page: PageInfo; navigated: boolean }; response: null };
  /**
   * Content → background: the blocks added or changed since the last scan of this page (`key`s chosen by the page),
   * and the keys of blocks gone. Answers the mentions in the added blocks, read in the context of the whole page; or
   * `lost` when the worker no longer holds the page (it was restarted): the page then sends all its blocks again.
   */
  scanChanges: { request: ScanChanges; response: ScanChangesResult };
  /** Popup → background: after the reader granted the host permission, run Backstory on that host from now on. */
  enableSite: { request: { host: string; tabId?: number }; response: SiteAccess };
  /** Popup → background: stop running on a host turned on from the popup, and give its permission back. */
  disableSite: { request: { host: string }; response: SiteAccess };
  /** Popup → background: whether Backstory runs on a tab's host, and why. */
  siteAccess: { request: { host: string }; response: SiteAccess };
  /** Popup → background: entities of the whole dataset whose name or alias starts with the query, accents ignored. */
  searchEntities: { request: { query: string; limit: number }; response: EntityView[] };
  /** Popup → background: whether a tab's page is being read now (and was reached without a page load), or null. */
  tabReading: { request: { tabId: number }; response: { navigated: boolean } | null };
  /** Options → background: what Backstory knows, in the reader's terms: counts, and the date of the latest event. */
  datasetStatus: { request: Record<string, never>; response: { entities: number; events: number; latest: string | null } };
}

export interface ScanChanges {
  page: PageInfo;
  /** Set on the first request of a page: the worker forgets what it held for the tab before. */
  fresh: boolean;
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

const REQUEST_TYPES: readonly RequestType[] = [
  'scan', 'card', 'pageSummary', 'status', 'listPacks', 'installPack', 'removePack',
  'pageReading', 'scanChanges', 'enableSite', 'disableSite', 'siteAccess', 'searchEntities', 'tabReading', 'datasetStatus',
];

export type Message = { [T in RequestType]: { type: T; payload: RequestOf<T> } }[RequestType];

/** What the background keeps for a tab in `storage.session`, so the popup works after the worker was stopped. */
export interface TabState {
  page: PageInfo;
  entities: PageEntity[];
  /** Set while the page is being read; `navigated` when it was reached without a page load. */
  reading?: { navigated: boolean };
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
  /** Popup or keyboard command → content: scroll to a mention (of `entity`, or the next/previous one), mark it, open its card with focus. */
  revealMention: { request: { entity: string } | { step: 1 | -1 }; response: boolean };
}

export type ContentMessage = { [T in keyof ContentRequestMap]: { type: T; payload: ContentRequestMap[T]['request'] } }[keyof ContentRequestMap];

const CONTENT_TYPES: readonly string[] = ['openCardAtSelection', 'revealMention'] satisfies (keyof ContentRequestMap)[];

export function isContentMessage(value: unknown): value is ContentMessage {
  return typeof value === 'object' && value !== null && CONTENT_TYPES.includes((value as { type?: unknown }).type as string);
}

/** Background → extension pages (the popup): a tab's findings changed; pages not showing that tab ignore it. */
export interface TabChanged {
  type: 'tabChanged';
  tabId: number;
}

export function isTabChanged(value: unknown): value is TabChanged {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'tabChanged' && typeof (value as { tabId?: unknown }).tabId === 'number';
}
