import { ext as browser } from '../send';
import { COMPILED_FILE, ENTITY_TEXTS_FILE, EVENT_TEXTS_FILE, type CompiledDataset, type EntityTexts, type EventTexts } from '../core/dataset/compiled';
import { Engine } from '../core/engine';
import { mergePacks } from './merge-packs';
import type { InstalledPack } from '../core/dataset/installed-pack';
import { listStoredPacks } from './pack-store';
import { fetchBytes, inflateJson, readGzippedJson } from './gzipped-json';
import { takeEarlyDataset } from './dataset-prefetch';

let base: Promise<CompiledDataset> | undefined;

let engine: Promise<Engine> | undefined;

/**
 * How long the last load took, in milliseconds, as the worker measured it: the bench prints these for each restart
 * (`npm run bench -- --budgets`), and the README gives the latest figures.
 */
export const loadTimes = { datasetMs: 0, engineMs: 0, readyMs: 0 };

/** The dataset bundled with the extension, fetched and parsed once per service-worker life. */
export function getBaseDataset(): Promise<CompiledDataset> {
  base ??= (takeEarlyDataset() ?? fetchBytes(browser.runtime.getURL(COMPILED_FILE))).then((bytes) => inflateJson<CompiledDataset>(bytes));
  base.catch(() => {
    base = undefined; // let the next request try again
  });
  return base;
}

/**
 * A file the worker reads once per life, when a request first needs it; a failed read is not kept, so the next request
 * tries again.
 */
function readWhenNeeded<T>(file: string): () => Promise<T> {
  let read: Promise<T> | undefined;
  return () => {
    if (read === undefined) {
      read = readGzippedJson<T>(browser.runtime.getURL(file));
      read.catch(() => {
        read = undefined;
      });
    }
    return read;
  };
}

/** The bundled events' words, read when a card or summary first shows one. */
export const getBaseEventTexts = readWhenNeeded<EventTexts>(EVENT_TEXTS_FILE);

/** The bundled entities' words, read when a card, summary or search first shows one. */
export const getBaseEntityTexts = readWhenNeeded<EntityTexts>(ENTITY_TEXTS_FILE);

/** Installed packs; IndexedDB is opened only when some are, since opening it costs a fresh worker tens of milliseconds. */
async function installedPacks(): Promise<InstalledPack[]> {
  const { packCount } = await browser.storage.local.get('packCount');
  return packCount === 0 ? [] : listStoredPacks();
}

/** For each engine, the ids of the packs whose event tables it was given, in order: where their words are stored. */
const packIdsOf = new WeakMap<Engine, readonly string[]>();

export function tablePackIds(built: Engine): readonly string[] {
  return packIdsOf.get(built) ?? [];
}

/** The engine, built once per service-worker life and again whenever the installed packs change. */
export function getEngine(): Promise<Engine> {
  engine ??= (async () => {
    const started = performance.now();
    const [dataset, packs] = await Promise.all([getBaseDataset(), installedPacks()]);
    const { dataset: data, tables } = mergePacks(dataset, packs);
    const loaded = performance.now();
    const built = new Engine(data, tables);
    packIdsOf.set(built, packs.map((p) => p.id));
    loadTimes.datasetMs = loaded - started;
    loadTimes.engineMs = performance.now() - loaded;
    loadTimes.readyMs = performance.now(); // since the worker started
    return built;
  })();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

export function invalidateEngine(): void {
  engine = undefined;
}
