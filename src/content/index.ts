import browser from 'webextension-polyfill';
import { activeOn, readSettings } from '../core/settings';
import { isContentMessage } from '../messages';
import { startSession, type Session } from './session';
import { watchArticle } from './watch';

/**
 * Starts Backstory on the page when the reader's settings allow it, and stops it, leaving the page as it was, when
 * they turn it off.
 */
let session: Promise<Session> | undefined;
let watching: AbortController | undefined;

async function stop(): Promise<void> {
  const running = session;
  session = undefined;
  watching?.abort();
  watching = undefined;
  (await running)?.destroy();
}

function start(): void {
  const watch = (watching = new AbortController());
  session = startSession(document);
  void session.then((s) => {
    if (watch.signal.aborted) return;
    // Another article without a page load: read the page anew.
    watchArticle({ doc: document, root: () => s.root, onArticleChange: () => void stop().then(start), signal: watch.signal });
  });
}

async function apply(): Promise<void> {
  const settings = readSettings(await browser.storage.local.get(['enabled', 'disabledSites']));
  const wanted = activeOn(settings, location.hostname);
  if (wanted && !session) start();
  else if (!wanted && session) await stop();
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && ('enabled' in changes || 'disabledSites' in changes)) void apply();
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isContentMessage(message)) return undefined;
  return session ? session.then((s) => s.openAtSelection()) : Promise.resolve(false);
});

void apply();
