import { CARD_MODULE_KEY } from '../../bundles';
import { createCardHost } from './host';

/**
 * The card script's entry: injected into the content scripts' world on the first hover, it hands its host to the
 * content script already there (see `../lazy-card.ts`). Running it twice is harmless: the second run finds it set.
 */
const scope = globalThis as { [key: symbol]: unknown };
scope[Symbol.for(CARD_MODULE_KEY)] ??= { createCardHost };
