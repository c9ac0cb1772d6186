import type { EntityType } from './dataset/types';

/**
 * The reader's settings: their shape, defaults, validation and the migration from the first release's keys. Pure:
 * `src/settings.ts` is the only module that reads or writes them in the browser's storage.
 */

export const HIGHLIGHT_STYLES = ['dotted', 'underline', 'background', 'none'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export const HIGHLIGHT_SCOPES = ['all', 'first'] as const;
export type HighlightScope = (typeof HIGHLIGHT_SCOPES)[number];
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'country', 'organization', 'place'];

/** Bounds of the hover delay: below 100 ms cards flash up as the pointer crosses text; above 2 s nobody waits. */
export const HOVER_DELAY_MIN_MS = 100;
export const HOVER_DELAY_MAX_MS = 2000;

export interface Settings {
  /** Backstory paused everywhere. */
  paused: boolean;
  /** Hosts where Backstory stays off (a host covers its subdomains). */
  offSites: string[];
  /** Hosts outside the built-in news sites where the reader turned Backstory on. */
  onSites: string[];
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  highlightScope: HighlightScope;
  entityTypes: EntityType[];
  theme: Theme;
}

export type SettingKey = keyof Settings;
export const SETTING_KEYS = ['paused', 'offSites', 'onSites', 'hoverDelayMs', 'highlightStyle', 'highlightScope', 'entityTypes', 'theme'] as const satisfies readonly SettingKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  paused: false,
  offSites: [],
  onSites: [],
  hoverDelayMs: 300,
  highlightStyle: 'dotted',
  highlightScope: 'all',
  entityTypes: [...ENTITY_TYPES],
  theme: 'auto',
});

/** Keys of the first release, in `storage.local`: `enabled` (a global switch) and `disabledSites`. */
export const LEGACY_KEYS = ['enabled', 'disabledSites'] as const;

/**
 * The host of what a reader types or pastes as a site: "https://www.bbc.com/news" → "www.bbc.com", "BBC.com." →
 * "bbc.com". Undefined when it is not a host name (spaces, a path alone, an IP-less garbage string).
 */
export function hostOf(input: string): string | undefined {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return undefined;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '');
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2 || !labels.every((l) => label.test(l))) return undefined;
  return host;
}

/** True when `host` is `site` or one of its subdomains. */
export function hostIsUnder(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/** Whether the reader wants Backstory on this host (the browser decides separately whether it may run there). */
export function activeOn(settings: Pick<Settings, 'paused' | 'offSites'>, hostname: string): boolean {
  return !settings.paused && !settings.offSites.some((site) => hostIsUnder(hostname, site));
}

function hostList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const hosts = value.map((v) => (typeof v === 'string' ? hostOf(v) : undefined)).filter((h): h is string => h !== undefined);
  return [...new Set(hosts)];
}

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return options.includes(value as T) ? (value as T) : undefined;
}

/** Settings from whatever storage holds: every missing or invalid value falls back to its default. */
export function readSettings(stored: Record<string, unknown>): Settings {
  const delay = stored.hoverDelayMs;
  const types = Array.isArray(stored.entityTypes) ? ENTITY_TYPES.filter((t) => (stored.entityTypes as unknown[]).includes(t)) : undefined;
  return {
    paused: typeof stored.paused === 'boolean' ? stored.paused : DEFAULT_SETTINGS.paused,
    offSites: hostList(stored.offSites) ?? [],
    onSites: hostList(stored.onSites) ?? [],
    hoverDelayMs:
      typeof delay === 'number' && Number.isFinite(delay)
        ? Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, delay)))
        : DEFAULT_SETTINGS.hoverDelayMs,
    highlightStyle: oneOf(HIGHLIGHT_STYLES, stored.highlightStyle) ?? DEFAULT_SETTINGS.highlightStyle,
    highlightScope: oneOf(HIGHLIGHT_SCOPES, stored.highlightScope) ?? DEFAULT_SETTINGS.highlightScope,
    entityTypes: types ?? [...DEFAULT_SETTINGS.entityTypes],
    theme: oneOf(THEMES, stored.theme) ?? DEFAULT_SETTINGS.theme,
  };
}

/**
 * The first release's keys as today's settings: `enabled: false` becomes a pause, `disabledSites` the off list
 * (each entry reduced to its host; entries that are no host are dropped, there was nothing they could turn off).
 * Undefined when there is nothing to migrate.
 */
export function migrateLegacy(legacy: Record<string, unknown>, current: Settings): Settings | undefined {
  if (!LEGACY_KEYS.some((k) => k in legacy)) return undefined;
  const offSites = [...new Set([...current.offSites, ...(hostList(legacy.disabledSites) ?? [])])];
  return { ...current, paused: current.paused || legacy.enabled === false, offSites };
}

/** The keys whose value differs between two settings. */
export function changedKeys(before: Settings, after: Settings): SettingKey[] {
  return SETTING_KEYS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** How a page shows what it found: the reader's choices a content script needs, never their lists of sites. */
export type PageView = Pick<Settings, 'entityTypes' | 'highlightScope' | 'hoverDelayMs' | 'theme' | 'highlightStyle'>;

/** What a page's content script is told: whether to read the page at all, and how to show what it finds. */
export type PageSettings = { on: false } | { on: true; view: PageView };

/**
 * The worker's answer to a page on `host`: read it when the reader has not paused Backstory or turned it off there,
 * and the site is one of ours or one they turned on. The page learns nothing of the reader's other sites.
 */
export function pageSettings(settings: Settings, host: string, builtIn: (host: string) => boolean): PageSettings {
  if (!activeOn(settings, host) || !(settings.onSites.includes(host) || builtIn(host))) return { on: false };
  const { entityTypes, highlightScope, hoverDelayMs, theme, highlightStyle } = settings;
  return { on: true, view: { entityTypes, highlightScope, hoverDelayMs, theme, highlightStyle } };
}
