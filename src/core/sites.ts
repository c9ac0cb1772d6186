/**
 * Where Backstory may run, from match patterns ("*://*.lemonde.fr/*"): pure, so the worker and the unit tests agree
 * on what a built-in news site is.
 */

/**
 * The hosts of match patterns as one string, each between spaces (`*`, `*.base` or a host: " *.bbc.com *.cnn.com "),
 * for `keysCoverHost`; patterns that are not `scheme://host/…` are left out. The worker asks for every page whether
 * its host is a built-in site: one string looked up, not 230 patterns parsed.
 */
export function hostKeys(patterns: readonly string[]): string {
  const keys: string[] = [];
  for (const p of patterns) {
    const host = /^(\*|https?):\/\/([^/]+)\//.exec(p)?.[2];
    if (host === undefined) continue;
    if (/\s/.test(host)) throw new Error(`a match pattern's host holds a space: ${p}`);
    keys.push(host);
  }
  return ` ${keys.join(' ')} `;
}

/** Whether match patterns given as `hostKeys` cover `host`: the host itself, then each of its parent domains, looked up. */
export function keysCoverHost(keys: string, host: string): boolean {
  if (keys.includes(' * ')) return true;
  // No key holds a space or is empty, so no such host is covered but by `*` or `*.` (a host ending in a dot).
  if (host.includes(' ')) return false;
  if (host && keys.includes(` ${host} `)) return true;
  // `*.base` covers `base` and every host ending in `.base`.
  for (let rest = host; ; ) {
    if (keys.includes(` *.${rest} `)) return true;
    const dot = rest.indexOf('.');
    if (dot < 0) return false;
    rest = rest.slice(dot + 1);
  }
}

/**
 * The match patterns Backstory registers and asks permission for when a reader turns it on for one host: the same
 * pages as `*://host/*`, one scheme each, because Chromium records a granted origin per scheme and answers
 * `permissions.contains` for `*://host/*` with false even when both schemes were granted.
 */
export function siteOrigins(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

/** Addresses no extension can read: browser pages, other extensions, the stores. */
export function readableUrl(url: string | undefined): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  if (u.hostname === 'chromewebstore.google.com' || (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) return false;
  if (u.hostname === 'addons.mozilla.org' || u.hostname === 'microsoftedge.microsoft.com') return false;
  // Chromium's PDF viewer runs no content script.
  return !/\.pdf$/i.test(u.pathname);
}
