/** The reader's settings, kept in `storage.local`. */
export interface Settings {
  /** Backstory on or off everywhere. */
  enabled: boolean;
  /** Host names where Backstory stays off. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

export function activeOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.some((site) => hostname === site || hostname.endsWith(`.${site}`));
}

export function readSettings(stored: Record<string, unknown>): Settings {
  const enabled = typeof stored.enabled === 'boolean' ? stored.enabled : DEFAULT_SETTINGS.enabled;
  const disabledSites = Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((s): s is string => typeof s === 'string') : [];
  return { enabled, disabledSites };
}
