import browser, { type Runtime } from 'webextension-polyfill';
import { isMessage } from '../messages';
import { migrateSettings } from '../settings';
import { runCommand } from './commands';
import { getEngine } from './engine-loader';
import { handle } from './handlers';
import { forgetPage } from './page-scans';
import { countPacks } from './packs';
import { reconcileSites } from './sites';
import { forgetTab } from './tab-state';

const onMessage: Runtime.OnMessageListenerAsync = (message, sender) =>
  isMessage(message) ? handle(message, sender) : Promise.resolve(undefined);
browser.runtime.onMessage.addListener(onMessage);

browser.tabs.onRemoved.addListener((tabId) => {
  forgetPage(tabId);
  void forgetTab(tabId);
});

// A tab that loads another page forgets the last one's findings: its content script reports anew once it has read it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  forgetPage(tabId);
  void forgetTab(tabId);
});

browser.runtime.onInstalled.addListener(() => {
  countPacks();
  void migrateSettings().then(reconcileSites);
});
browser.runtime.onStartup.addListener(() => void reconcileSites());
// A permission taken back in the browser's own settings: the site is no longer on.
browser.permissions.onRemoved.addListener(() => void reconcileSites());

// Warm the engine when the worker starts, so the first page does not wait for it.
void getEngine();

browser.commands.onCommand.addListener((command) => void runCommand(command));
