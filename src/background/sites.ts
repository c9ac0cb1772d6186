import { ext as browser } from '../send';
import { CONTENT_SCRIPT_FILE as contentScript } from '../bundles';
import { hostKeys, keysCoverHost, siteOrigins } from '../core/sites';
import type { SiteAccess } from '../messages';
import { loadSettings, saveSettings } from '../settings';

/**
 * Sites the reader turned Backstory on for from the popup: the browser's host permission for that one host (asked
 * by the popup, since asking needs the reader's click) and a content script registered for it, which the browser
 * keeps across restarts. The permission is the truth: a site whose permission was taken back is forgotten.
 */

const CSS_FILE = 'src/content/highlight.css';
const scriptId = (host: string) => `site:${host}`;

let builtInKeys: string | undefined;

/** True when the manifest's own content scripts cover `host`: one of the built-in news sites. */
export function isBuiltInSite(host: string): boolean {
  builtInKeys ??= hostKeys((browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []));
  return keysCoverHost(builtInKeys, host);
}

async function permitted(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: siteOrigins(host) });
}

async function registered(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id));
}

/** Registers the site's content script; true when it was not registered before. */
async function register(host: string): Promise<boolean> {
  if ((await registered()).has(scriptId(host))) return false;
  await browser.scripting.registerContentScripts([
    { id: scriptId(host), matches: siteOrigins(host), js: [contentScript], css: [CSS_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  return true;
}

/** Starts Backstory in a page already open: the registration only reaches pages loaded after it. */
async function startIn(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [CSS_FILE] });
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}

async function startInOpenTabs(host: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: siteOrigins(host) });
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    // A tab closing or navigating meanwhile is no reason to leave the others unread.
    await startIn(tab.id).catch((error: unknown) => console.warn(`Backstory: cannot start in tab ${tab.id}:`, error));
  }
}

export async function siteAccess(host: string): Promise<SiteAccess> {
  if (isBuiltInSite(host)) return { host, access: 'builtIn' };
  const { onSites } = await loadSettings();
  return { host, access: onSites.includes(host) && (await permitted(host)) ? 'added' : 'none' };
}

export async function enableSite(host: string, tabId: number | undefined): Promise<SiteAccess> {
  if (isBuiltInSite(host)) return { host, access: 'builtIn' };
  if (!(await permitted(host))) return { host, access: 'none' };
  await register(host);
  const { onSites } = await loadSettings();
  if (!onSites.includes(host)) await saveSettings({ onSites: [...onSites, host] });
  // The page already open reads now, without a reload.
  if (tabId !== undefined) await startIn(tabId);
  return { host, access: 'added' };
}

export async function disableSite(host: string): Promise<SiteAccess> {
  if ((await registered()).has(scriptId(host))) await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] });
  const { onSites } = await loadSettings();
  // Pages open on the site stop when they see the site leave the list (see content/index.ts).
  if (onSites.includes(host)) await saveSettings({ onSites: onSites.filter((h) => h !== host) });
  await browser.permissions.remove({ origins: siteOrigins(host) });
  return siteAccess(host);
}

/** At start-up and when permissions change: registrations, permissions and the settings' list agree again. */
export async function reconcileSites(): Promise<void> {
  const { onSites } = await loadSettings();
  const kept: string[] = [];
  for (const host of onSites) {
    if (await permitted(host)) {
      kept.push(host);
      // Chromium drops registrations when it reloads the extension (an update, an unpacked copy at start): pages
      // of the site that opened before this one was registered anew start now. The script runs once per page.
      if (await register(host)) await startInOpenTabs(host);
    } else if ((await registered()).has(scriptId(host))) {
      await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] });
    }
  }
  if (kept.length !== onSites.length) await saveSettings({ onSites: kept });
}
