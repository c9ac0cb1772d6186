import browser from 'webextension-polyfill';
import { COMPILED_FILE, type CompiledDataset } from '../core/dataset/compiled';
import { Engine } from '../core/engine';

let engine: Promise<Engine> | undefined;

/** The engine, built once per service-worker life from the dataset bundled with the extension. */
export function getEngine(): Promise<Engine> {
  engine ??= (async () => {
    const response = await fetch(browser.runtime.getURL(COMPILED_FILE));
    if (!response.ok) throw new Error(`Backstory: cannot load ${COMPILED_FILE}: ${response.status}`);
    return new Engine((await response.json()) as CompiledDataset);
  })();
  engine.catch(() => {
    engine = undefined; // let the next request try again
  });
  return engine;
}
