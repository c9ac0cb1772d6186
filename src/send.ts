import browser from 'webextension-polyfill';
import type { RequestOf, RequestType, ResponseOf } from './messages';

/** Sends a typed request to the service worker. */
export function send<T extends RequestType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<ResponseOf<T>>;
}
