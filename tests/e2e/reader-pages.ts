import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { REPO } from './helpers';

/** What the reader tests share: the popup opened as a page for one tab, its state, and axe-core on a page. */

export interface Extension {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/**
 * The browser's id of the tab showing `page`: brought to the front, it is the active tab. (Asking by address would
 * not do: the worker sees the address only of the pages it has access to.)
 */
export async function tabOf(ext: Extension, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true })).map((t) => t.id));
  if (id.length !== 1 || id[0] === undefined) throw new Error(`cannot tell the tab of ${page.url()}: active tabs ${JSON.stringify(id)}`);
  return id[0];
}

/** The toolbar popup for the tab showing `page`, as a page of its own (headless Chromium has no toolbar). */
export async function openPopup(ext: Extension, page: Page, opts: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  return openPopupForTab(ext, await tabOf(ext, page), opts);
}

/** The popup for a tab known by its id: when the worker cannot be asked which tab is active (it was stopped). */
export async function openPopupForTab(ext: Pick<Extension, 'context' | 'extensionId'>, tabId: number, opts: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  if (opts.colorScheme) await popup.emulateMedia({ colorScheme: opts.colorScheme });
  await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
  return popup;
}

/** The popup's state once it has asked the worker: `cannotRead`, `notEnabled`, `found`… */
export async function popupState(popup: Page): Promise<string | null> {
  await popup.waitForSelector('main.page[data-state]:not([data-state="loading"])');
  return popup.getAttribute('main.page', 'data-state');
}

export const AXE = readFileSync(`${REPO}node_modules/axe-core/axe.min.js`, 'utf8');

/** axe-core's WCAG 2.1 AA violations on the page as it is, one line each (rule, element, why). */
export async function axeViolations(page: Page): Promise<string[]> {
  // An extension page's CSP refuses inline scripts; axe runs from the test's own script context instead.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? ''}`));
  });
}

export { IMAGES } from './helpers';
