/**
 * The scripts Backstory puts in a page, as `vite.config.ts` writes them (classic scripts, one file each, no
 * module loading) and the worker names them when it registers or injects them.
 */

/** Everything needed to read the page and draw its highlights. */
export const CONTENT_SCRIPT_FILE = 'assets/content.js';
/** The card (preact, Floating UI, its styles): injected by the worker on the first hover, not on every page. */
export const CARD_SCRIPT_FILE = 'assets/card.js';
/** Where the card script leaves its module in the content scripts' world (a page's scripts cannot see that world). */
export const CARD_MODULE_KEY = 'backstory.card';
/**
 * Finding the page's date (meta tags, JSON-LD, bylines, the address): injected by the worker when a card or the
 * popup first needs the date of a page read without it, not on every page (ADR 25).
 */
export const DATE_SCRIPT_FILE = 'assets/date.js';
/** Where the date script leaves its module in the content scripts' world. */
export const DATE_MODULE_KEY = 'backstory.date';
