import { render } from 'preact';
import browser from 'webextension-polyfill';
import { uiLanguage } from '../i18n';
import { Popup } from './Popup';
import type { PopupTab } from './tab-view';

/** The tab to show: `?tab=<id>` when given (links, tests), else the active tab of this window. */
async function targetTab(): Promise<PopupTab | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param !== null && /^\d+$/.test(param) ? await browser.tabs.get(Number(param)).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

document.documentElement.lang = uiLanguage();
void targetTab().then((tab) => render(<Popup tab={tab} />, document.getElementById('app')!));
