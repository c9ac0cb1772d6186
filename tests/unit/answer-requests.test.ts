import { describe, expect, it } from 'vitest';
import { answerRequests, type Namespaces } from '../../src/background/answer-requests';

/** The worker answers messages without webextension-polyfill, as the polyfill answered them in each browser. */

type Listener = (message: unknown, sender: object, sendResponse: (response: unknown) => void) => unknown;

function namespaceWith(listeners: Listener[]): NonNullable<Namespaces['browser']> {
  return { runtime: { onMessage: { addListener: (l: Listener) => listeners.push(l) } } } as unknown as NonNullable<Namespaces['browser']>;
}

/** Calls a `chrome` listener as Chromium does; resolves with what it sent through `sendResponse`. */
function deliver(listener: Listener, message: unknown): { kept: unknown; response: Promise<unknown> } {
  let kept: unknown;
  const response = new Promise<unknown>((resolve) => {
    kept = listener(message, {}, resolve);
  });
  return { kept, response };
}

describe('answerRequests', () => {
  it('where `browser` exists, answers with the promise itself, so a rejection reaches the sender', async () => {
    const listeners: Listener[] = [];
    const refused = new Error('not answered');
    answerRequests((message) => (message === 'bad' ? Promise.reject(refused) : Promise.resolve({ echo: message })), { browser: namespaceWith(listeners), chrome: namespaceWith([]) });
    expect(listeners).toHaveLength(1);
    await expect(listeners[0]!('hi', {}, () => undefined)).resolves.toEqual({ echo: 'hi' });
    await expect(listeners[0]!('bad', {}, () => undefined)).rejects.toBe(refused);
  });

  it('with only `chrome`, answers through sendResponse, and sends a rejection in the polyfill’s form', async () => {
    const listeners: Listener[] = [];
    answerRequests(
      (message, sender) => {
        if (message === 'throws') throw new TypeError('thrown');
        return message === 'bad' ? Promise.reject(new Error('not answered')) : Promise.resolve({ echo: message, sender });
      },
      { chrome: namespaceWith(listeners) },
    );
    const answered = deliver(listeners[0]!, 'hi');
    expect(answered.kept).toBe(true);
    expect(await answered.response).toEqual({ echo: 'hi', sender: {} });
    expect(await deliver(listeners[0]!, 'bad').response).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'not answered' });
    expect(await deliver(listeners[0]!, 'throws').response).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'thrown' });
  });
});
