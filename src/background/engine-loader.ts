import browser from 'webextension-polyfill';
import { COMPILED_FILE, type CompiledDataset } from '../core/dataset/compiled';
import { Engine } from '../core/engine';
import { listStoredPacks, type StoredPack } from './pack-store';

let base: Promise<CompiledDataset> | undefined;
let engine: Promise<Engine> | undefined;

/** The dataset bundled with the extension, parsed once per service-worker life. */
export function getBaseDataset(): Promise<CompiledDataset> {
  base ??= (async () => {
    const response = await fetch(browser.runtime.getURL(COMPILED_FILE));
    if (!response.ok) throw new Error(`Backstory: cannot load ${COMPILED_FILE}: ${response.status}`);
    return (await response.json()) as CompiledDataset;
  })();
  base.catch(() => {
    base = undefined; // let the next request try again
  });
  return base;
}

/** The bundled dataset with every installed pack's entities and events joined in. */
export function mergePacks(data: CompiledDataset, packs: readonly StoredPack[]): CompiledDataset {
  if (packs.length === 0) return data;
  return {
    ...data,
    entities: [...data.entities, ...packs.flatMap((p) => p.pack.entities)],
    events: [...data.events, ...packs.flatMap((p) => p.pack.events)],
  };
}

/** The engine, built once per service-worker life and again whenever the installed packs change. */
export function getEngine(): Promise<Engine> {
  engine ??= (async () => new Engine(mergePacks(await getBaseDataset(), await listStoredPacks())))();
  engine.catch(() => {
    engine = undefined;
  });
  return engine;
}

export function invalidateEngine(): void {
  engine = undefined;
}
