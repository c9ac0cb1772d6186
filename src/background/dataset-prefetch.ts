import { COMPILED_FILE } from '../core/dataset/compiled';
import { ext } from '../send';
import { fetchBytes } from './gzipped-json';

/**
 * The starting dataset's bytes, asked for as the worker's first module runs: the browser reads the file while the
 * rest of the worker's modules run, instead of after them, when `index.ts` warms the engine (as it does on every
 * start). `index.ts` imports this module first for that reason. Measured in ADR 30's addendum.
 */
let early: Promise<Uint8Array<ArrayBuffer>> | undefined = fetchBytes(ext.runtime.getURL(COMPILED_FILE));
// Whoever takes the read sees its failure; left untaken, a failure is no unhandled rejection.
early.catch(() => undefined);

/** The early read, once: a later load (after the packs changed, or after a failed read) reads the file anew. */
export function takeEarlyDataset(): Promise<Uint8Array<ArrayBuffer>> | undefined {
  const read = early;
  early = undefined;
  return read;
}
