import { CONTENT_SCRIPT_REQUESTS, EXTENSION_PAGE_REQUESTS, type RequestType } from '../messages';

/**
 * Who sent a request, as far as the browser vouches for it. A content script runs in the renderer of a web page,
 * which a hostile page may have compromised: what it may ask and which tab it may ask about come from `sender`
 * (filled in by the browser), never from the payload.
 */
export type SenderRole = { role: 'content-script'; tabId: number; url: string } | { role: 'extension-page' } | { role: 'refused'; reason: string };

/** The fields of `runtime.MessageSender` the check reads; the browser fills them, the sender cannot. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface ExtensionIdentity {
  id: string;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, with the trailing slash. */
  baseUrl: string;
}

/** Extension pages that may be open in a tab of their own (the options page; the popup when opened as a page). */
const PAGES_IN_TABS = ['src/popup/index.html', 'src/options/index.html'];

export function roleOf(sender: SenderLike, extension: ExtensionIdentity): SenderRole {
  if (sender.id !== extension.id) return { role: 'refused', reason: 'sent by another extension' };
  const url = sender.url ?? '';
  if (url.startsWith(extension.baseUrl)) {
    if (!sender.tab) return { role: 'extension-page' };
    const path = url.slice(extension.baseUrl.length).split(/[?#]/)[0];
    if (PAGES_IN_TABS.includes(path ?? '')) return { role: 'extension-page' };
    return { role: 'refused', reason: `extension page ${path} in a tab` };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return { role: 'refused', reason: 'not from a tab' };
  return { role: 'content-script', tabId, url };
}

export function mayRequest(role: SenderRole, type: RequestType): boolean {
  if (role.role === 'content-script') return Object.hasOwn(CONTENT_SCRIPT_REQUESTS, type);
  if (role.role === 'extension-page') return Object.hasOwn(EXTENSION_PAGE_REQUESTS, type);
  return false;
}
