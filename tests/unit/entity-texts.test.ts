import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkerServices } from '../../src/background/handlers';
import { asciiJson } from '../../src/core/dataset/ascii-json';
import { COMPILED_FILE, ENTITY_TEXTS_FILE, EVENT_TEXTS_FILE, splitForWorker } from '../../src/core/dataset/compiled';
import { Engine } from '../../src/core/engine';
import { compileNames } from '../../src/core/matcher/matcher';
import { namesOf } from '../../src/core/resolve/names';
import type { Card, EntityView, PageSummary } from '../../src/core/views';
import type { Message, TabState } from '../../src/messages';
import { loadDataset } from '../../scripts/lib/load-dataset';

/**
 * A worker started cold, with the three files the build writes: the request handler wired to the real loader, as
 * `index.ts` wires it. The entities' words must come from their own file, read only when a card, summary or search
 * shows them, and a failed read must be tried again by the next request.
 */
const EXT = { id: 'backstoryid', baseUrl: 'chrome-extension://backstoryid/' };
const contentScript = { id: EXT.id, url: 'https://news.example/1', tab: { id: 1 } };
const popup = { id: EXT.id, url: `${EXT.baseUrl}src/popup/index.html` };

const data = loadDataset();
const whole = new Engine(data);
const split = splitForWorker({ ...data, names: compileNames(namesOf(data.entities)) });
const asDataUrl = (value: unknown) => `data:application/gzip;base64,${gzipSync(asciiJson(value)).toString('base64')}`;
const files: Record<string, string> = {
  [COMPILED_FILE]: asDataUrl(split.dataset),
  [EVENT_TEXTS_FILE]: asDataUrl(split.texts),
  [ENTITY_TEXTS_FILE]: asDataUrl(split.entityTexts),
};
const read: string[] = [];
let entityTextsBroken = false;

/** How the whole dataset's engine shows an entity: what the worker must show too. */
const shownWhole = (id: string): EntityView => whole.entityView(whole.entityIndex(id)!);

let handle: (message: Message, sender: object) => Promise<unknown>;

beforeAll(async () => {
  vi.stubGlobal('chrome', {
    runtime: {
      getURL: (file: string) => {
        read.push(file);
        // A file that is not gzip: its read fails as a missing or damaged file would.
        return file === ENTITY_TEXTS_FILE && entityTextsBroken ? 'data:application/gzip;base64,AAAA' : files[file];
      },
    },
    storage: { local: { get: () => Promise.resolve({ packCount: 0 }) } },
  });
  const { getEngine, loadTimes } = await import('../../src/background/engine-loader');
  const { tellEvents } = await import('../../src/background/event-texts');
  const { tellEntities } = await import('../../src/background/entity-texts');
  const { searchEntities } = await import('../../src/background/search');
  const { createRequestHandler } = await import('../../src/background/handlers');
  const tabs = new Map<number, TabState>();
  const services: Partial<WorkerServices> = {
    getEngine,
    tellEvents,
    tellEntities,
    loadTimes,
    searchEntities,
    scan: async (_tab, blocks) => (await getEngine()).scan(blocks),
    loadTabState: (tab) => Promise.resolve(tabs.get(tab)),
    saveTabState: (tab, state) => Promise.resolve(void tabs.set(tab, state)),
    askDate: () => Promise.resolve(null),
    warn: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  };
  handle = createRequestHandler(services as WorkerServices, EXT);
});

afterAll(() => vi.unstubAllGlobals());

describe('the entities’ words, apart from the starting file', () => {
  it('are not read to start or to scan a page: the scan’s entities come without them', async () => {
    const page = { url: 'https://news.example/1', title: 'A page', published: '2025-08-22' };
    const text = 'Kim Jong Un met Vladimir Putin in Moscow, and officials in New York said nothing.';
    const { entities } = (await handle({ type: 'scan', payload: { page, blocks: [text] } }, contentScript)) as { entities: EntityView[] };
    expect(entities.map((e) => e.id)).toEqual(expect.arrayContaining(['kim-jong-un', 'vladimir-putin', 'moscow']));
    expect(entities.every((e) => e.description === '' && e.url === undefined)).toBe(true);
    expect(read).toContain(COMPILED_FILE);
    expect(read).not.toContain(ENTITY_TEXTS_FILE);
  });

  it('fail a card when they cannot be read, and are read again by the next card', async () => {
    entityTextsBroken = true;
    await expect(handle({ type: 'card', payload: { entity: 'kim-jong-un' } }, popup)).rejects.toThrow();
    entityTextsBroken = false;
    const card = (await handle({ type: 'card', payload: { entity: 'kim-jong-un' } }, popup)) as Card;
    expect(read.filter((f) => f === ENTITY_TEXTS_FILE)).toHaveLength(2);
    expect(card.entity).toEqual(shownWhole('kim-jong-un'));
    expect(card.entity.description).toMatch(/^Supreme Leader of North Korea/);
    // A link, from the Wikipedia title that is in the words' file only.
    const moscow = (await handle({ type: 'card', payload: { entity: 'moscow' } }, popup)) as Card;
    expect(moscow.entity).toEqual(shownWhole('moscow'));
    expect(moscow.entity.url).toBe('https://en.wikipedia.org/wiki/Moscow');
  });

  it('give the page’s summary and the search the descriptions and links the whole dataset gives, from one read', async () => {
    const summary = (await handle({ type: 'pageSummary', payload: { tabId: 1 } }, popup)) as PageSummary;
    expect(summary.entities.length).toBeGreaterThan(3);
    for (const e of summary.entities) expect({ ...e, count: undefined }).toEqual({ ...shownWhole(e.id), count: undefined });
    const found = (await handle({ type: 'searchEntities', payload: { query: 'new york', limit: 5 } }, popup)) as EntityView[];
    expect(found.map((e) => e.id)).toContain('new-york-state');
    expect(found).toEqual(found.map((e) => shownWhole(e.id)));
    expect(read.filter((f) => f === ENTITY_TEXTS_FILE)).toHaveLength(2);
  });
});
