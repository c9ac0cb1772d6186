import { describe, expect, it } from 'vitest';
import { createRequestHandler, type WorkerServices } from '../../src/background/handlers';
import { Engine } from '../../src/core/engine';
import { DEFAULT_SETTINGS, pageSettings } from '../../src/core/settings';
import type { Message, TabState } from '../../src/messages';
import { miniDataset } from './helpers/mini-dataset';

/** The worker's request handler, given fake senders as the browser would fill them in. */
const EXT = { id: 'backstoryid', baseUrl: 'chrome-extension://backstoryid/' };
const engine = new Engine(miniDataset);

function fakeWorker() {
  const stored = new Map<number, TabState>();
  const calls: string[] = [];
  const warnings: string[] = [];
  let failSaves = false;
  const services: WorkerServices = {
    getEngine: () => Promise.resolve(engine),
    tellEvents: () => Promise.resolve(new Set()),
    tellEntities: () => Promise.resolve(),
    loadTimes: { datasetMs: 1, engineMs: 1, readyMs: 2 },
    scan: (_tab, blocks) => Promise.resolve(engine.scan(blocks)),
    loadTabState: (tab) => Promise.resolve(stored.get(tab)),
    saveTabState: (tab, state) => (failSaves ? Promise.reject(new Error('QUOTA_BYTES quota exceeded')) : (stored.set(tab, state), Promise.resolve())),
    listPacks: () => (calls.push('listPacks'), Promise.resolve([])),
    checkPack: () => (calls.push('checkPack'), Promise.resolve({ ok: false, problems: [] })),
    installPack: () => (calls.push('installPack'), Promise.resolve({ ok: false, problems: [] })),
    removePack: () => (calls.push('removePack'), Promise.resolve([])),
    listFeeds: () => (calls.push('listFeeds'), Promise.resolve([])),
    subscribeFeed: () => (calls.push('subscribeFeed'), Promise.resolve({ ok: false, problem: 'fake' })),
    unsubscribeFeed: () => (calls.push('unsubscribeFeed'), Promise.resolve([])),
    refreshFeeds: () => (calls.push('refreshFeeds'), Promise.resolve([])),
    scanChanges: () => (calls.push('scanChanges'), Promise.resolve({ lost: true })),
    tabChanged: () => undefined,
    enableSite: (host) => (calls.push('enableSite'), Promise.resolve({ host, access: 'none' })),
    disableSite: (host) => (calls.push('disableSite'), Promise.resolve({ host, access: 'none' })),
    siteAccess: (host) => Promise.resolve({ host, access: 'none' }),
    searchEntities: () => [],
    injectCard: () => (calls.push('injectCard'), Promise.resolve()),
    askDate: () => Promise.resolve(null),
    pageSettings: (host) => (calls.push(`pageSettings ${host}`), Promise.resolve(pageSettings({ ...DEFAULT_SETTINGS, offSites: ['off.example'] }, host, (h) => h.endsWith('news.example')))),
    warn: (message) => warnings.push(message),
  };
  return { handle: createRequestHandler(services, EXT), services, stored, calls, warnings, failSaves: () => (failSaves = true) };
}

const contentScript = (tabId: number) => ({ id: EXT.id, url: `https://news.example/${tabId}?token=secret`, tab: { id: tabId } });
const popup = { id: EXT.id, url: `${EXT.baseUrl}src/popup/index.html` };
const optionsInTab = { id: EXT.id, url: `${EXT.baseUrl}src/options/index.html`, tab: { id: 9 } };
const page = (url: string) => ({ url, title: 'A page', published: '2025-08-22' });
const scan = (url: string, text: string): Message => ({ type: 'scan', payload: { page: page(url), blocks: [text] } });

describe('requests by sender role', () => {
  it('answers a content script about its own tab only, whatever tabId it passes', async () => {
    const w = fakeWorker();
    await w.handle(scan('https://bank.example/?token=secret', 'Vladimir Putin met Kim Jong Un in Moscow.'), contentScript(1));
    await w.handle({ type: 'scan', payload: { page: { ...page('https://news.example/2'), published: '2020-01-01' }, blocks: ['Donald Trump spoke.'] } }, contentScript(2));
    const card = (await w.handle({ type: 'card', payload: { entity: 'vladimir-putin', tabId: 1 } } as Message, contentScript(2))) as { published: string | null };
    expect(card.published).toBe('2020-01-01'); // tab 2's page, not tab 1's
    await expect(w.handle({ type: 'pageSummary', payload: { tabId: 1 } }, contentScript(2))).rejects.toThrow(/"pageSummary" is not answered to a content-script/);
  });

  it('never lets a content script reach pack or status requests', async () => {
    const w = fakeWorker();
    for (const type of ['listPacks', 'status'] as const) {
      await expect(w.handle({ type, payload: {} }, contentScript(3))).rejects.toThrow(/not answered to a content-script/);
    }
    await expect(w.handle({ type: 'installPack', payload: { pack: {}, fileName: 'x.json' } }, contentScript(3))).rejects.toThrow(/not answered/);
    await expect(w.handle({ type: 'checkPack', payload: { pack: {}, fileName: 'x.json' } }, contentScript(3))).rejects.toThrow(/not answered/);
    await expect(w.handle({ type: 'removePack', payload: { id: 'p' } }, contentScript(3))).rejects.toThrow(/not answered/);
    expect(w.calls).toEqual([]);
  });

  it('answers extension pages, the popup without a tab and the options page in a tab', async () => {
    const w = fakeWorker();
    await w.handle(scan('https://news.example/5', 'Vladimir Putin spoke.'), contentScript(5));
    const summary = (await w.handle({ type: 'pageSummary', payload: { tabId: 5 } }, popup)) as { url: string } | null;
    expect(summary?.url).toBe('https://news.example/5');
    await w.handle({ type: 'listPacks', payload: {} }, optionsInTab);
    expect(w.calls).toEqual(['listPacks']);
  });

  it('refuses other extensions, extension pages that are not ours to open in a tab, and senders without a tab', async () => {
    const w = fakeWorker();
    await expect(w.handle({ type: 'listPacks', payload: {} }, { ...popup, id: 'other' })).rejects.toThrow(/another extension/);
    await expect(w.handle({ type: 'listPacks', payload: {} }, { id: EXT.id, url: `${EXT.baseUrl}assets/x.html`, tab: { id: 4 } })).rejects.toThrow(/in a tab/);
    await expect(w.handle({ type: 'listPacks', payload: {} }, { id: EXT.id, url: 'https://evil.example/' })).rejects.toThrow(/not from a tab/);
    // A page's URL that merely contains the extension's address is still a page.
    await expect(w.handle({ type: 'listPacks', payload: {} }, { id: EXT.id, url: `https://evil.example/${EXT.baseUrl}`, tab: { id: 4 } })).rejects.toThrow(/content-script/);
    expect(w.calls).toEqual([]);
  });

  it("tells a content script the settings for its own page's host, as the browser gives it, and nothing to extension pages", async () => {
    const w = fakeWorker();
    expect(await w.handle({ type: 'pageSettings', payload: {} }, contentScript(1))).toEqual({
      on: true,
      view: { entityTypes: DEFAULT_SETTINGS.entityTypes, highlightScope: 'all', hoverDelayMs: 300, theme: 'auto', highlightStyle: 'dotted' },
    });
    expect(await w.handle({ type: 'pageSettings', payload: {} }, { id: EXT.id, url: 'https://off.example/a', tab: { id: 2 } })).toEqual({ on: false });
    expect(await w.handle({ type: 'pageSettings', payload: {} }, { id: EXT.id, url: 'https://elsewhere.example/a', tab: { id: 3 } })).toEqual({ on: false });
    await expect(w.handle({ type: 'pageSettings', payload: {} }, popup)).rejects.toThrow(/not answered to a extension-page/);
    expect(w.calls).toEqual(['pageSettings news.example', 'pageSettings off.example', 'pageSettings elsewhere.example']);
  });

  it('refuses payloads of the wrong shape, saying which field', async () => {
    const w = fakeWorker();
    await expect(w.handle({ type: 'scan', payload: { page: page('u'), blocks: 5 } } as unknown as Message, contentScript(1))).rejects.toThrow(/blocks must be a list of strings/);
    await expect(w.handle({ type: 'pageSummary', payload: { tabId: '1' } } as unknown as Message, popup)).rejects.toThrow(/tabId must be a tab id/);
    const changes = { page: page('u'), fresh: true, added: [], removed: [] };
    await expect(w.handle({ type: 'scanChanges', payload: { ...changes, reading: true } } as unknown as Message, contentScript(1))).rejects.toThrow(/reading must be \{ navigated: boolean \}/);
    await expect(w.handle({ type: 'scanChanges', payload: { ...changes, reading: { navigated: 'yes' } } } as unknown as Message, contentScript(1))).rejects.toThrow(/reading must be/);
  });
});

describe('a page starts being read', () => {
  it('is stored as being read by the first scanChanges, before its scan', async () => {
    const w = fakeWorker();
    let seenByScan: TabState | undefined;
    const handle = createRequestHandler(
      {
        ...w.services,
        scanChanges: (tab) => {
          seenByScan = w.stored.get(tab);
          return Promise.resolve({ lost: false, mentions: [], entities: [] });
        },
      },
      EXT,
    );
    await handle({ type: 'scanChanges', payload: { page: page('https://a.example/'), fresh: true, added: [], removed: [], reading: { navigated: true } } }, contentScript(4));
    expect(seenByScan?.reading).toEqual({ navigated: true });
    // The answer's findings replace the reading state.
    expect(w.stored.get(4)?.reading).toBeUndefined();
    // Without `reading` (a resend to a restarted worker), nothing is stored before the scan.
    seenByScan = undefined;
    await handle({ type: 'scanChanges', payload: { page: page('https://a.example/'), fresh: true, added: [], removed: [] } }, contentScript(5));
    expect(seenByScan).toBeUndefined();
  });

  it('asks an undated page for its date when a card or the summary needs it, once, and stores it', async () => {
    const w = fakeWorker();
    const asked: number[] = [];
    const handle = createRequestHandler({ ...w.services, askDate: (tab) => (asked.push(tab), Promise.resolve(tab === 6 ? '2025-08-21' : null)) }, EXT);
    const handleScan = createRequestHandler({ ...w.services, askDate: (tab) => (asked.push(tab), Promise.resolve(tab === 6 ? '2025-08-21' : null)), scanChanges: (_tab, r) => Promise.resolve({ lost: false, mentions: [], entities: engine.scan(r.added.map((b) => b.text)).entities }) }, EXT);
    await handleScan({ type: 'scanChanges', payload: { page: { url: 'https://a.example/6', title: 'A page', published: null }, fresh: true, added: [{ key: 1, text: 'Vladimir Putin met Kim Jong Un.' }], removed: [], undated: true } }, contentScript(6));
    expect(w.stored.get(6)?.undated).toBe(true);
    // Nothing is asked before a card or the summary needs the date.
    expect(asked).toEqual([]);
    const summary = (await handle({ type: 'pageSummary', payload: { tabId: 6 } }, popup)) as { published: string | null } | null;
    expect(asked).toEqual([6]);
    expect(w.stored.get(6)?.page.published).toBe('2025-08-21');
    expect(w.stored.get(6)?.undated).toBeUndefined();
    expect(summary?.published).toBe('2025-08-21');
    await handle({ type: 'card', payload: { entity: 'vladimir-putin' } }, contentScript(6));
    expect(asked).toEqual([6]);
    // A page that gives no date is asked once too.
    await handleScan({ type: 'scanChanges', payload: { page: { url: 'https://a.example/7', title: 'A page', published: null }, fresh: true, added: [], removed: [], undated: true } }, contentScript(7));
    await handle({ type: 'card', payload: { entity: 'vladimir-putin' } }, contentScript(7));
    await handle({ type: 'card', payload: { entity: 'vladimir-putin' } }, contentScript(7));
    expect(asked).toEqual([6, 7]);
    expect(w.stored.get(7)?.page.published).toBeNull();
    await expect(handle({ type: 'scanChanges', payload: { page: page('u'), fresh: true, added: [], removed: [], undated: 'yes' } } as unknown as Message, contentScript(8))).rejects.toThrow(/undated must be a boolean/);
  });

  it('asks again next time when the page could not be asked, and keeps it undated meanwhile', async () => {
    const w = fakeWorker();
    let reachable = false;
    const asked: number[] = [];
    const services = { ...w.services, askDate: (tab: number) => (asked.push(tab), Promise.resolve(reachable ? '2025-08-21' : undefined)) };
    const handle = createRequestHandler({ ...services, scanChanges: (_tab, r) => Promise.resolve({ lost: false, mentions: [], entities: engine.scan(r.added.map((b) => b.text)).entities }) }, EXT);
    await handle({ type: 'scanChanges', payload: { page: { url: 'https://a.example/9', title: 'A page', published: null }, fresh: true, added: [{ key: 1, text: 'Vladimir Putin spoke.' }], removed: [], undated: true } }, contentScript(9));
    const first = (await handle({ type: 'card', payload: { entity: 'vladimir-putin' } }, contentScript(9))) as { published: string | null };
    expect(first.published).toBeNull();
    expect(w.stored.get(9)?.undated).toBe(true);
    reachable = true;
    const second = (await handle({ type: 'card', payload: { entity: 'vladimir-putin' } }, contentScript(9))) as { published: string | null };
    expect(asked).toEqual([9, 9]);
    expect(second.published).toBe('2025-08-21');
    expect(w.stored.get(9)?.page.published).toBe('2025-08-21');
  });
});

describe('stored tab state', () => {
  it('caps a huge title, URL and entity list, and answers the scan when the store is full', async () => {
    const w = fakeWorker();
    const huge = 'x'.repeat(10_000_000);
    await w.handle({ type: 'scan', payload: { page: { url: `https://a.example/?q=${huge}`, title: huge, published: null }, blocks: ['Vladimir Putin'] } }, contentScript(7));
    const state = w.stored.get(7)!;
    expect(state.page.title.length).toBeLessThanOrEqual(500);
    expect(state.page.url.length).toBeLessThanOrEqual(2048);
    w.failSaves();
    const answer = (await w.handle(scan('https://a.example/', 'Vladimir Putin met Kim Jong Un.'), contentScript(8))) as { mentions: unknown[] };
    expect(answer.mentions.length).toBe(2);
    expect(w.warnings).toEqual(['cannot store the findings of tab 8']);
  });
});
