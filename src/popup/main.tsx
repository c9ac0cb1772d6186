import { render } from 'preact';
import browser from 'webextension-polyfill';
import { send } from '../send';
import { Popup } from './Popup';

/** The tab to show: `?tab=<id>` when given (tests, links), else the active tab of this window. */
async function targetTab(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function main(): Promise<void> {
  const app = document.getElementById('app')!;
  const tabId = await targetTab();
  const summary = tabId === undefined ? null : await send('pageSummary', { tabId });
  render(<Popup summary={summary} loadCard={(entity) => send('card', tabId === undefined ? { entity } : { entity, tabId })} />, app);
}

void main();
