import type { Browser, Runtime } from 'webextension-polyfill';

/** The extension namespaces a worker may have: `browser` (Firefox, Chromium from 148), `chrome` (Chromium). */
export interface Namespaces {
  browser?: Pick<Browser, 'runtime'>;
  chrome?: Pick<Browser, 'runtime'>;
}

type Answer = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
type RawListener = (message: unknown, sender: Runtime.MessageSender, sendResponse: (response: unknown) => void) => unknown;

/**
 * Answers each message the worker receives with `answer`'s promise, as `webextension-polyfill` did, without loading it
 * (its 10 kB were a tenth of the worker's code, compiled on every start).
 *
 * Where `browser` exists (Firefox; Chromium from 148, where the polyfill already did nothing) a listener answers with
 * its promise, and a rejection reaches the sender as one. An older Chromium has only `chrome`, whose listeners answer
 * through `sendResponse`: there the answer and a rejection are sent as the polyfill sent them.
 */
export function answerRequests(answer: Answer, scope: Namespaces = globalThis as unknown as Namespaces): void {
  if (scope.browser) {
    scope.browser.runtime.onMessage.addListener(answer);
    return;
  }
  const listener: RawListener = (message, sender, sendResponse) => {
    let answered: Promise<unknown>;
    try {
      answered = answer(message, sender);
    } catch (error) {
      answered = Promise.reject(error);
    }
    answered.then(sendResponse, (error: unknown) => {
      const text = (error as { message?: unknown } | null | undefined)?.message;
      // The polyfill's own form of a rejection: a sender through the polyfill turns it back into one.
      sendResponse({ __mozWebExtensionPolyfillReject__: true, message: typeof text === 'string' ? text : 'An unexpected error occurred' });
    });
    return true;
  };
  (scope.chrome!.runtime.onMessage as unknown as { addListener(l: RawListener): void }).addListener(listener);
}
