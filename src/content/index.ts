import type { PageSettings, PageView } from '../core/settings';
import { isContentMessage } from '../messages';
import { onRequest, send } from '../send';
import { applyAppearance, type Appearance } from './appearance';
import { withRetry } from './retry';
import { startSession, type Session } from './session';

/**
 * Starts Backstory on the page when the reader's settings allow it, applies their changes at once, and stops it,
 * leaving the page as it was, when they turn it off here or everywhere. The worker decides from the settings and
 * the page's host, and tells the page when they change (`settingsChanged`).
 */

// The popup may inject this script into a page that already has it (a site turned on, off and on again).
const RUNNING = Symbol.for('backstory.content');
const scope = globalThis as { [RUNNING]?: boolean };

let session: Session | undefined;
let appearance: Appearance | undefined;

function stop(): void {
  session?.destroy();
  session = undefined;
  appearance?.destroy();
  appearance = undefined;
}

function start(view: PageView, navigated: boolean): void {
  appearance = applyAppearance(document);
  appearance.set(view.highlightStyle);
  session = startSession({
    doc: document,
    view,
    navigated,
    // Another article without a page load: read the page anew.
    onNavigate: () => {
      stop();
      void askSettings(true);
    },
  });
}

function apply(settings: PageSettings, navigated: boolean): void {
  if (settings.on && !session) start(settings.view, navigated);
  else if (!settings.on && session) stop();
  else if (settings.on && session) {
    appearance?.set(settings.view.highlightStyle);
    session.setView(settings.view);
  }
}

/** Answers that arrive after a newer question are dropped: settings changed twice in a row apply in order. */
let asked = 0;
// Never aborted: this script lives as long as its page, and a retry that outlives the extension simply fails.
const lifetime = new AbortController();

async function askSettings(navigated: boolean): Promise<void> {
  const mine = ++asked;
  // A worker stopped or starting may miss the first try; without an answer the page stays as it was.
  const settings = await withRetry(() => send('pageSettings', {}), { signal: lifetime.signal }).catch(() => undefined);
  if (settings && mine === asked) apply(settings, navigated);
}

if (!scope[RUNNING]) {
  scope[RUNNING] = true;
  onRequest((message) => {
    if (!isContentMessage(message)) return undefined;
    if (message.type === 'settingsChanged') return askSettings(false).then(() => true);
    if (message.type === 'findDate') return Promise.resolve(session ? session.findDate() : null);
    if (!session) return Promise.resolve(false);
    return message.type === 'openCardAtSelection' ? session.openAtSelection() : session.reveal(message.payload);
  });
  void askSettings(false);
}
