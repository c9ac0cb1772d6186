import type { Browser } from 'webextension-polyfill';
import type { RequestOf, RequestType, ResponseOf } from './messages';

/**
 * The extension API without `webextension-polyfill`: Firefox has `browser` with promises, and Chromium's MV3 `chrome`
 * answers promises for every call we make, so the polyfill's start-up (it wraps every namespace in proxies on each
 * page) buys the content script nothing. Typed as the polyfill's `Browser`, which describes what both give us.
 *
 * One difference remains and is handled here: a Chromium `onMessage` listener cannot answer by returning a promise,
 * only through `sendResponse`; see `onRequest`.
 */
const scope = globalThis as unknown as { browser?: Browser; chrome?: Browser };
export const ext: Browser = scope.browser ?? scope.chrome!;

/** Sends a typed request to the service worker. */
export function send<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return ext.runtime.sendMessage({ type, payload }) as Promise<ResponseOf<T>>;
}

/**
 * Listens for messages; `answer` returns a promise for the ones it answers and undefined for the others (another
 * listener may answer those). Works the same in Chromium and Firefox.
 */
export function onRequest(answer: (message: unknown) => Promise<unknown> | undefined): void {
  // Typed loosely on purpose: the polyfill's listener type forbids the `sendResponse` form both browsers accept.
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void): boolean => {
    const answered = answer(message);
    if (!answered) return false;
    answered.then(sendResponse, (error: unknown) => {
      console.warn('Backstory:', error);
      sendResponse(undefined);
    });
    return true;
  };
  (ext.runtime.onMessage as unknown as { addListener(l: typeof listener): void }).addListener(listener);
}

/** False once the extension has been updated, disabled or removed while this page stayed open. */
export function extensionAlive(): boolean {
  try {
    return Boolean(ext.runtime?.id);
  } catch {
    return false;
  }
}
