import { activeOn, type Settings } from '../core/settings';
import { keysCoverHost } from '../core/sites';
import { isContentMessage } from '../messages';
import { onRequest } from '../send';
import { loadSettings, onSettingsChanged } from '../settings';
import { applyAppearance, type Appearance } from './appearance';
import { startSession, type Session } from './session';

/**
 * Starts Backstory on the page when the reader's settings allow it, applies their changes at once, and stops it,
 * leaving the page as it was, when they turn it off here or everywhere.
 */

// The popup may inject this script into a page that already has it (a site turned on, off and on again).
const RUNNING = Symbol.for('backstory.content');
const scope = globalThis as { [RUNNING]?: boolean };

/**
 * The hosts of the manifest's content-script match patterns (`hostKeys`): one string the build writes into this
 * script from the manifest's source (`scripts/lib/page-scripts.ts`). `runtime.getManifest()` would copy the whole
 * manifest into the page on every start; an array of 230 patterns, each parsed by a regular expression, cost more
 * than the few lookups of a host in one string.
 */
declare const __BACKSTORY_HOSTS__: string;

/** Hosts the manifest's own patterns cover, asked once each. */
const builtInHosts = new Map<string, boolean>();

function builtIn(host: string): boolean {
  let known = builtInHosts.get(host);
  if (known === undefined) {
    known = keysCoverHost(__BACKSTORY_HOSTS__, host);
    builtInHosts.set(host, known);
  }
  return known;
}

function allowedHere(settings: Settings, host: string): boolean {
  return activeOn(settings, host) && (settings.onSites.includes(host) || builtIn(host));
}

let session: Session | undefined;
let appearance: Appearance | undefined;

function stop(): void {
  session?.destroy();
  session = undefined;
  appearance?.destroy();
  appearance = undefined;
}

function start(settings: Settings, navigated: boolean): void {
  appearance = applyAppearance(document);
  appearance.set(settings.highlightStyle);
  session = startSession({
    doc: document,
    view: settings,
    navigated,
    // Another article without a page load: read the page anew.
    onNavigate: () => {
      stop();
      void loadSettings().then((now) => {
        if (allowedHere(now, location.hostname)) start(now, true);
      });
    },
  });
}

function apply(settings: Settings): void {
  const wanted = allowedHere(settings, location.hostname);
  if (wanted && !session) start(settings, false);
  else if (!wanted && session) stop();
  else if (session) {
    appearance?.set(settings.highlightStyle);
    session.setView(settings);
  }
}

if (!scope[RUNNING]) {
  scope[RUNNING] = true;
  onSettingsChanged((settings) => apply(settings));
  onRequest((message) => {
    if (!isContentMessage(message)) return undefined;
    if (message.type === 'findDate') return Promise.resolve(session ? session.findDate() : null);
    if (!session) return Promise.resolve(false);
    return message.type === 'openCardAtSelection' ? session.openAtSelection() : session.reveal(message.payload);
  });
  void loadSettings().then(apply);
}
