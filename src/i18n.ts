/**
 * Every user-visible string goes through `t()`, backed by the browser's `i18n` API and `assets/_locales`.
 *
 * Deliberately free of `webextension-polyfill`: the content script, the popup and the options page all call it, and
 * the `i18n` namespace is the same object in Chromium (`chrome`) and Firefox (`browser`). Outside an extension (unit
 * tests in Node) there is no catalogue, so `t()` answers the key itself: a test that looks for real words must run
 * in the browser.
 */
interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The message `key` in the UI language, with `$1`, `$2`… replaced by `substitutions`. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const message = api()?.getMessage(key, substitutions.map(String));
  return message || key;
}

/** The UI language as a BCP 47 tag ("en-US", "fr"), for `Intl` formatting and the card's `lang`. */
export function uiLanguage(): string {
  return api()?.getUILanguage() || 'en';
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv']);

/** Text direction of the UI language: the card lays out right to left only when the reader's UI does. */
export function uiDirection(): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(uiLanguage().split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
