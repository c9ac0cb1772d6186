import { ext as browser } from '../send';
import { pageSettings, type PageSettings } from '../core/settings';
import type { ContentMessage } from '../messages';
import { loadSettings } from '../settings';
import { isBuiltInSite } from './sites';

/**
 * Pages learn the reader's settings from the worker, not from storage: a content script that touches
 * `chrome.storage` pays for the namespace's start-up on every page (about a tenth of its start), and a page told only
 * what it needs never sees the reader's lists of sites.
 */

export async function settingsForPage(host: string): Promise<PageSettings> {
  return pageSettings(await loadSettings(), host, isBuiltInSite);
}

const SETTINGS_CHANGED: ContentMessage = { type: 'settingsChanged', payload: {} };

/** Tells the page in every tab that the settings changed; each asks for its own again. Tabs without our script don't answer. */
export async function tellPagesSettingsChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, SETTINGS_CHANGED, { frameId: 0 }).catch(() => undefined))));
}
