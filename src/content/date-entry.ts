import { DATE_MODULE_KEY } from '../bundles';
import { findPublished } from '../extract/article';

/**
 * The date script's entry: injected into the content scripts' world by the worker before it first asks the page for
 * its date (`findDate`), it hands `findPublished` to the content script already there. Most pages never need it, and
 * the content script no longer carries it (ADR 25). Running it twice is harmless: the second run finds it set.
 */
export interface DateModule {
  findPublished: typeof findPublished;
}

const scope = globalThis as { [key: symbol]: DateModule | undefined };
scope[Symbol.for(DATE_MODULE_KEY)] ??= { findPublished };
