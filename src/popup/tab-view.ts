import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { activeOn, hostIsUnder, type Settings } from '../core/settings';
import { readableUrl } from '../core/sites';
import type { PageSummary } from '../core/views';
import { isTabChanged, type SiteAccess } from '../messages';
import { send } from '../send';
import { loadSettings, onSettingsChanged } from '../settings';

/** The tab the popup speaks of: its id, and its address when the browser lets the extension see it. */
export interface PopupTab {
  id: number;
  url: string | undefined;
}

/** What the popup shows, one state for each situation a reader can be in. */
export type TabView =
  | { state: 'loading' }
  | { state: 'noTab' }
  | { state: 'cannotRead' }
  | { state: 'paused'; host: string; access: SiteAccess['access'] }
  | { state: 'offHere'; host: string; site: string; access: SiteAccess['access'] }
  | { state: 'notEnabled'; host: string }
  | { state: 'reading'; host: string; access: SiteAccess['access']; navigated: boolean }
  | { state: 'noNames'; host: string; access: SiteAccess['access']; summary: PageSummary }
  | { state: 'found'; host: string; access: SiteAccess['access']; summary: PageSummary };

/** The states that concern a site the popup can switch Backstory on or off for. */
export type SiteView = Extract<TabView, { host: string }>;

/** A site as the per-site switch turns it off: the host without "www.", so it covers the site's other subdomains. */
export function siteOf(host: string): string {
  return host.replace(/^www\./, '');
}

async function viewOf(tab: PopupTab | undefined, settings: Settings): Promise<TabView> {
  if (!tab) return { state: 'noTab' };
  if (!readableUrl(tab.url)) return { state: 'cannotRead' };
  const host = new URL(tab.url!).hostname;
  const { access } = await send('siteAccess', { host });
  if (settings.paused) return { state: 'paused', host, access };
  if (!activeOn(settings, host)) return { state: 'offHere', host, site: settings.offSites.find((s) => hostIsUnder(host, s)) ?? siteOf(host), access };
  if (access === 'none') return { state: 'notEnabled', host };
  const [reading, summary] = await Promise.all([send('tabReading', { tabId: tab.id }), send('pageSummary', { tabId: tab.id })]);
  if (reading || !summary) return { state: 'reading', host, access, navigated: reading?.navigated ?? false };
  return summary.entities.length ? { state: 'found', host, access, summary } : { state: 'noNames', host, access, summary };
}

/** The tab as it is now: recomputed when settings change or the tab's page is read anew. */
export function useTabView(tab: PopupTab | undefined): { view: TabView; settings: Settings | undefined } {
  const [view, setView] = useState<TabView>({ state: 'loading' });
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    let latest = 0;
    const refresh = async (s?: Settings) => {
      const mine = ++latest;
      const current = s ?? (await loadSettings());
      const next = await viewOf(tab, current);
      if (mine !== latest) return; // a newer refresh is on its way
      setSettings(current);
      setView(next);
    };
    void refresh();
    const unsubscribe = onSettingsChanged((s) => void refresh(s));
    const onMessage = (message: unknown) => {
      if (isTabChanged(message) && message.tabId === tab?.id) void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      unsubscribe();
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tab?.id, tab?.url]);
  return { view, settings };
}
