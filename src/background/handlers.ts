import type { Runtime } from 'webextension-polyfill';
import type { Message, RequestOf, RequestType, ResponseOf } from '../messages';
import { getEngine, loadTimes } from './engine-loader';
import { installPack, listPacks, removePack } from './packs';
import { loadTabState, saveTabState } from './tab-state';
import { scanChanges } from './page-scans';
import { searchEntities } from './search';
import { disableSite, enableSite, siteAccess } from './sites';
import { tabChanged } from './tab-events';

type Handler<T extends RequestType> = (payload: RequestOf<T>, sender: Runtime.MessageSender) => Promise<ResponseOf<T>>;

const handlers: { [T in RequestType]: Handler<T> } = {
  async scan({ page, blocks }, sender) {
    const engine = await getEngine();
    const { mentions, entities } = engine.scan(blocks);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await saveTabState(tabId, { page, entities });
    return { mentions, entities };
  },
  async card({ entity, tabId: asked }, sender) {
    const engine = await getEngine();
    const tabId = asked ?? sender.tab?.id;
    const state = tabId === undefined ? undefined : await loadTabState(tabId);
    return engine.card(entity, state?.entities ?? [], state?.page.published ?? null) ?? null;
  },
  async pageSummary({ tabId }) {
    const state = await loadTabState(tabId);
    if (!state) return null;
    const engine = await getEngine();
    return engine.pageSummary(state.page, state.entities);
  },
  async status() {
    const engine = await getEngine();
    return { entities: engine.entities.length, events: engine.events.length, ...loadTimes };
  },
  listPacks: () => listPacks(),
  installPack: ({ pack, fileName }) => installPack(pack, fileName),
  removePack: ({ id }) => removePack(id),

  // --- The reader's experience (issue 10) ---
  async pageReading({ page, navigated }, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await saveTabState(tabId, { page, entities: [], reading: { navigated } });
      tabChanged(tabId);
    }
    return null;
  },
  async scanChanges(request, sender) {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { lost: true };
    const result = scanChanges(await getEngine(), tabId, request);
    if (!result.lost) {
      await saveTabState(tabId, { page: request.page, entities: result.entities });
      tabChanged(tabId);
    }
    return result;
  },
  enableSite: ({ host, tabId }) => enableSite(host, tabId),
  disableSite: ({ host }) => disableSite(host),
  siteAccess: ({ host }) => siteAccess(host),
  searchEntities: async ({ query, limit }) => searchEntities(await getEngine(), query, limit),
  tabReading: async ({ tabId }) => (await loadTabState(tabId))?.reading ?? null,
  async datasetStatus() {
    const engine = await getEngine();
    const latest = engine.events.reduce<string | null>((max, e) => (max === null || e.date > max ? e.date : max), null);
    return { entities: engine.entities.length, events: engine.events.length, latest };
  },
};

export function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  // The map's key and payload agree by construction of `Message`; TypeScript cannot follow that through the union.
  const handler = handlers[message.type] as Handler<typeof message.type>;
  return handler(message.payload as never, sender);
}
