import browser from 'webextension-polyfill';
import { activeOn, readSettings } from '../core/settings';
import { isContentMessage } from '../messages';
import { startSession, type Session } from './session';

/**
 * Starts Backstory on the page when the reader's settings allow it, and stops it, leaving the page as it was, when
 * they turn it off.
 */
let session: Promise<Session> | undefined;

async function apply(): Promise<void> {
  const settings = readSettings(await browser.storage.local.get(['enabled', 'disabledSites']));
  const wanted = activeOn(settings, location.hostname);
  if (wanted && !session) session = startSession(document);
  else if (!wanted && session) {
    const running = session;
    session = undefined;
    (await running).destroy();
  }
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && ('enabled' in changes || 'disabledSites' in changes)) void apply();
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isContentMessage(message)) return undefined;
  return session ? session.then((s) => s.openAtSelection()) : Promise.resolve(false);
});

void apply();
