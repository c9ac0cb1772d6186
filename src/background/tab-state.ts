import { ext as browser } from '../send';
import type { TabState } from '../messages';

/** Per-tab results in `storage.session`: they outlive the service worker and vanish with the browser session. */
const key = (tabId: number) => `tab:${tabId}`;

/** Stores a tab's findings, capped by the caller (`capTabState`); may reject when the store is full. */
export async function saveTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function loadTabState(tabId: number): Promise<TabState | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] as TabState | undefined;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
