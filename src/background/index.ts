// First: the dataset's file is read while the rest of the worker starts (see dataset-prefetch.ts).
import './dataset-prefetch';
import { CARD_SCRIPT_FILE, DATE_SCRIPT_FILE } from '../bundles';
import { ext as browser } from '../send';
import { answerRequests } from './answer-requests';
import { isMessage, type ContentMessage } from '../messages';
import { migrateSettings, onSettingsChanged } from '../settings';
import { runCommand } from './commands';
import { forgetPage, scanChanges } from './page-scans';
import { searchEntities } from './search';
import { disableSite, enableSite, reconcileSites, siteAccess } from './sites';
import { tabChanged } from './tab-events';
import { scanInChunks } from './chunked-scan';
import { getEngine, loadTimes } from './engine-loader';
import { tellEvents } from './event-texts';
import { tellEntities } from './entity-texts';
import { createRequestHandler } from './handlers';
import { checkPack, countPacks, installPack, listPacks, removePack } from './packs';
import { createScheduler } from './scheduler';
import { FEED_ALARM, listFeeds, refreshFeeds, scheduleFeedChecks, subscribeFeed, unsubscribeFeed } from './subscriptions';
import { forgetTab, loadTabState, saveTabState } from './tab-state';
import { settingsForPage, tellPagesSettingsChanged } from './page-settings';
import { closeStorageToPages } from './storage-access';

const scheduler = createScheduler();

const handle = createRequestHandler(
  {
    getEngine,
    tellEvents,
    tellEntities,
    loadTimes,
    async scan(tabId, blocks) {
      const engine = await getEngine();
      return scheduler.run(tabId, scanInChunks(engine, blocks));
    },
    loadTabState,
    saveTabState,
    listPacks,
    checkPack,
    installPack,
    removePack,
    listFeeds,
    subscribeFeed,
    unsubscribeFeed,
    refreshFeeds,
    async scanChanges(tabId, request) {
      const engine = await getEngine();
      return scheduler.run(tabId, scanChanges(engine, tabId, request));
    },
    tabChanged,
    enableSite,
    disableSite,
    siteAccess,
    searchEntities,
    // Content scripts run in top frames only (the manifest and the registered scripts ask for no others).
    injectCard: (tabId) => browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_SCRIPT_FILE] }).then(() => undefined),
    // The page's script does not carry the code that finds a date (most pages never need it): it is injected first.
    askDate: (tabId) =>
      browser.scripting
        .executeScript({ target: { tabId, frameIds: [0] }, files: [DATE_SCRIPT_FILE] })
        .then(() => browser.tabs.sendMessage(tabId, { type: 'findDate', payload: {} } satisfies ContentMessage, { frameId: 0 }))
        .then(
        // The page's renderer answers: anything but a date's string is no date (the store caps its length).
        (answer: unknown) => (typeof answer === 'string' ? answer : null),
        () => undefined, // the page is busy, gone, or has no content script any more: ask again next time
      ),
    pageSettings: settingsForPage,
    warn: (message, error) => console.warn(`Backstory: ${message}:`, error),
  },
  { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') },
);

answerRequests((message, sender) => (isMessage(message) ? handle(message, sender) : Promise.resolve(undefined)));

// Registered at the start, so that a change made while the worker sleeps wakes it: open pages apply it at once.
onSettingsChanged(() => void tellPagesSettingsChanged().catch((error: unknown) => console.warn('Backstory: cannot tell pages of new settings:', error)));

browser.tabs.onRemoved.addListener((tabId) => {
  forgetPage(tabId);
  void forgetTab(tabId).catch((error: unknown) => console.warn(`Backstory: cannot forget tab ${tabId}:`, error));
});

// A tab that loads another page forgets the last one's findings: its content script reports anew once it has read it.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status !== 'loading') return;
  forgetPage(tabId);
  void forgetTab(tabId);
});

// The browser keeps the access level; set again on every install, update and start in case it did not.
const closeStorage = () => void closeStorageToPages(browser.storage as unknown as Parameters<typeof closeStorageToPages>[0]);
browser.runtime.onStartup.addListener(closeStorage);
browser.runtime.onInstalled.addListener(() => {
  closeStorage();
  countPacks();
  void migrateSettings().then(reconcileSites);
});
browser.runtime.onStartup.addListener(() => void reconcileSites());
// A permission taken back in the browser's own settings: the site is no longer on.
browser.permissions.onRemoved.addListener(() => void reconcileSites());

// Subscribed feeds are checked when the browser starts and once a day; with none subscribed, nothing is sent.
browser.runtime.onStartup.addListener(() => void refreshFeeds());
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === FEED_ALARM) void refreshFeeds();
});
void scheduleFeedChecks();

// Warm the engine when the worker starts, so the first page does not wait for it.
void getEngine().catch((error: unknown) => console.warn('Backstory: cannot load the dataset:', error));

browser.commands.onCommand.addListener((command) => void runCommand(command));
