import type { PackCheck, PackInfo } from '../core/dataset/pack';
import type { PageSettings } from '../core/settings';
import type { Engine, PageScan } from '../core/engine';
import type { EntityView, EventView } from '../core/views';
import type { EngineStatus, FeedInfo, InstallResult, PageInfo, ScanChanges, ScanChangesResult, SiteAccess, SubscribeResult, Message, RequestOf, RequestType, ResponseOf, TabState } from '../messages';
import { payloadProblem } from './payloads';
import { mayRequest, roleOf, type ExtensionIdentity, type SenderLike, type SenderRole } from './roles';
import { capTabState } from './tab-state-limits';

/**
 * What the handlers need from the worker, passed in so that they run (and are tested) without a browser: the real
 * ones are wired in `index.ts`.
 */
export interface WorkerServices {
  getEngine(): Promise<Engine>;
  /** Reads the words of the pack events among `views`; answers those it could not read. */
  tellEvents(engine: Engine, views: readonly EventView[]): Promise<Set<EventView>>;
  /** Gives the views of bundled entities, which come without their words, their description and link. */
  tellEntities(engine: Engine, views: readonly EntityView[]): Promise<void>;
  loadTimes: Omit<EngineStatus, 'entities' | 'events'>;
  /** Scans a tab's blocks in turn with other tabs' work. */
  scan(tabId: number, blocks: readonly string[]): Promise<Pick<PageScan, 'mentions' | 'entities'>>;
  loadTabState(tabId: number): Promise<TabState | undefined>;
  saveTabState(tabId: number, state: TabState): Promise<void>;
  listPacks(): Promise<PackInfo[]>;
  checkPack(raw: unknown, fileName: string): Promise<PackCheck>;
  installPack(raw: unknown, fileName: string): Promise<InstallResult>;
  removePack(id: string): Promise<PackInfo[]>;
  listFeeds(): Promise<FeedInfo[]>;
  subscribeFeed(url: string): Promise<SubscribeResult>;
  unsubscribeFeed(url: string): Promise<FeedInfo[]>;
  refreshFeeds(): Promise<FeedInfo[]>;
  /** The reader's side: incremental scans of live pages, sites turned on from the popup, the dataset search. */
  scanChanges(tabId: number, request: ScanChanges): Promise<ScanChangesResult>;
  tabChanged(tabId: number): void;
  enableSite(host: string, tabId?: number): Promise<SiteAccess>;
  disableSite(host: string): Promise<SiteAccess>;
  siteAccess(host: string): Promise<SiteAccess>;
  searchEntities(engine: Engine, query: string, limit: number): EntityView[];
  /** Runs the card script in a tab's top frame, where the content script waits for it. */
  injectCard(tabId: number): Promise<void>;
  /**
   * Asks the content script in a tab's top frame for its page's date (`findDate`): null when the page gives none,
   * undefined when it could not be asked (the script not injected, the page busy or gone).
   */
  askDate(tabId: number): Promise<string | null | undefined>;
  /** Whether a page on `host` is read, and how it shows what it finds, from the reader's settings. */
  pageSettings(host: string): Promise<PageSettings>;
  /** Where a failure that must not fail the request is reported. */
  warn(message: string, error: unknown): void;
}

/** A card or summary without the events whose words could not be read. */
function told<T extends { before: EventView[]; since: EventView[] }>(view: T, missing: Set<EventView>): T {
  return missing.size === 0 ? view : { ...view, before: view.before.filter((v) => !missing.has(v)), since: view.since.filter((v) => !missing.has(v)) };
}

type Sender = Extract<SenderRole, { role: 'content-script' | 'extension-page' }>;
type Handler<T extends RequestType> = (payload: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>>;

function createHandlers(s: WorkerServices): { [T in RequestType]: Handler<T> } {
  /**
   * A tab's state with its page's date: a page that has not looked for its date yet is asked now, and the answer is
   * stored, so that a card or the page's summary ranks with the date as it did when pages sent it at once.
   */
  const withDate = async (tabId: number, state: TabState | undefined): Promise<TabState | undefined> => {
    if (!state?.undated) return state;
    const published = await s.askDate(tabId);
    // Not asked this time: this answer ranks without a date, and the next card or summary asks again.
    if (published === undefined) return state;
    // The page may have been read again meanwhile: its date goes into what is stored now.
    const now = (await s.loadTabState(tabId)) ?? state;
    const dated = capTabState({ ...now, page: { ...now.page, published: now.undated ? published : now.page.published }, undated: false });
    await s.saveTabState(tabId, dated).catch((error: unknown) => s.warn(`cannot store the date of tab ${tabId}`, error));
    return dated;
  };
  /** A tab's page starts being read: the popup shows it as being read until its findings are stored. */
  const startReading = async (tabId: number, page: PageInfo, navigated: boolean) => {
    await s.saveTabState(tabId, capTabState({ page, entities: [], reading: { navigated } })).catch((error: unknown) => s.warn(`cannot store tab ${tabId}`, error));
    s.tabChanged(tabId);
  };
  return {
    async scan({ page, blocks }, sender) {
      if (sender.role !== 'content-script') throw new Error('scan comes from a content script');
      const { mentions, entities } = await s.scan(sender.tabId, blocks);
      // The popup's summary is a convenience: a full or failing store must not cost the page its highlights.
      await s.saveTabState(sender.tabId, capTabState({ page, entities })).catch((error: unknown) => s.warn(`cannot store the findings of tab ${sender.tabId}`, error));
      return { mentions, entities };
    },
    async card({ entity, tabId: asked }, sender) {
      // A content script asks about its own tab, whatever tab id it passes.
      const tabId = sender.role === 'content-script' ? sender.tabId : asked;
      const [engine, state] = await Promise.all([s.getEngine(), tabId === undefined ? undefined : s.loadTabState(tabId).then((st) => withDate(tabId, st))]);
      const card = engine.card(entity, state?.entities ?? [], state?.page.published ?? null);
      if (!card) return null;
      const [missing] = await Promise.all([s.tellEvents(engine, [...card.before, ...card.since]), s.tellEntities(engine, [card.entity])]);
      return told(card, missing);
    },
    async pageSummary({ tabId }) {
      const state = await withDate(tabId, await s.loadTabState(tabId));
      if (!state) return null;
      const engine = await s.getEngine();
      const summary = engine.pageSummary(state.page, state.entities);
      const [missing] = await Promise.all([s.tellEvents(engine, [...summary.before, ...summary.since]), s.tellEntities(engine, summary.entities)]);
      return told(summary, missing);
    },
    async status() {
      const engine = await s.getEngine();
      return { entities: engine.entities.length, events: engine.eventCount, ...s.loadTimes };
    },
    listPacks: () => s.listPacks(),
    checkPack: ({ pack, fileName }) => s.checkPack(pack, fileName),
    installPack: ({ pack, fileName }) => s.installPack(pack, fileName),
    removePack: ({ id }) => s.removePack(id),
    listFeeds: () => s.listFeeds(),
    subscribeFeed: ({ url }) => s.subscribeFeed(url),
    unsubscribeFeed: ({ url }) => s.unsubscribeFeed(url),
    refreshFeeds: () => s.refreshFeeds(),
    async scanChanges(request, sender) {
      if (sender.role !== 'content-script') throw new Error('scanChanges comes from a content script');
      // The page's first request says that it starts being read: stored before the scan, so the popup says so until
      // the findings replace it.
      if (request.reading) await startReading(sender.tabId, request.page, request.reading.navigated === true);
      const result = await s.scanChanges(sender.tabId, request);
      if (!result.lost) {
        await s.saveTabState(sender.tabId, capTabState({ page: request.page, entities: result.entities, undated: request.undated === true })).catch((error: unknown) => s.warn(`cannot store the findings of tab ${sender.tabId}`, error));
        s.tabChanged(sender.tabId);
      }
      return result;
    },
    enableSite: ({ host, tabId }) => s.enableSite(host, tabId),
    disableSite: ({ host }) => s.disableSite(host),
    siteAccess: ({ host }) => s.siteAccess(host),
    async searchEntities({ query, limit }) {
      const engine = await s.getEngine();
      const found = s.searchEntities(engine, query, limit);
      await s.tellEntities(engine, found);
      return found;
    },
    tabReading: async ({ tabId }) => (await s.loadTabState(tabId))?.reading ?? null,
    async loadCard(_payload, sender) {
      if (sender.role !== 'content-script') throw new Error('loadCard comes from a content script');
      await s.injectCard(sender.tabId);
      return null;
    },
    async pageSettings(_payload, sender) {
      if (sender.role !== 'content-script') throw new Error('pageSettings comes from a content script');
      // The host the browser says the page is on, not one the page names.
      const host = URL.canParse(sender.url) ? new URL(sender.url).hostname : undefined;
      if (!host) return { on: false };
      const answer = await s.pageSettings(host);
      // A page that will be read asks for a scan next: the engine starts loading now, while the page is read.
      if (answer.on) void s.getEngine().catch((error: unknown) => s.warn('cannot load the engine', error));
      return answer;
    },
    async datasetStatus() {
      const engine = await s.getEngine();
      return { entities: engine.entities.length, events: engine.eventCount, latest: engine.asOf || null };
    },
  };
}

/** Answers one request, after checking that its sender may make it and that its payload has the right shape. */
export function createRequestHandler(services: WorkerServices, extension: ExtensionIdentity) {
  const handlers = createHandlers(services);
  return (message: Message, senderInfo: SenderLike): Promise<unknown> => {
    const sender = roleOf(senderInfo, extension);
    if (sender.role === 'refused' || !mayRequest(sender, message.type)) {
      const who = sender.role === 'refused' ? sender.reason : `a ${sender.role}`;
      return Promise.reject(new Error(`Backstory: "${message.type}" is not answered to ${who}`));
    }
    const problem = payloadProblem(message.type, message.payload);
    if (problem) return Promise.reject(new Error(`Backstory: "${message.type}": ${problem}`));
    // The map's key and payload agree by construction of `Message`; TypeScript cannot follow that through the union.
    const handler = handlers[message.type] as Handler<typeof message.type>;
    return handler(message.payload as never, sender);
  };
}
