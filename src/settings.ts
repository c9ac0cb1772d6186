import type { Storage } from 'webextension-polyfill';
import { changedKeys, DEFAULT_SETTINGS, LEGACY_KEYS, migrateLegacy, readSettings, SETTING_KEYS, type SettingKey, type Settings } from './core/settings';
import { ext as browser } from './send';

/**
 * The one place that reads and writes the reader's settings. They live in `storage.sync`, so they follow the reader
 * to their other computers; every change reaches every open page, popup and options page through `onSettingsChanged`.
 */

const AREA = 'sync';

/**
 * Moves the first release's `storage.local` keys into today's settings, once (the service worker calls it when the
 * extension is installed or updated); later calls find nothing to do.
 */
export async function migrateSettings(): Promise<void> {
  const legacy = await browser.storage.local.get([...LEGACY_KEYS]);
  const current = readSettings(await browser.storage[AREA].get([...SETTING_KEYS]));
  const migrated = migrateLegacy(legacy, current);
  if (!migrated) return;
  await browser.storage[AREA].set(pick(migrated, changedKeys(current, migrated)));
  await browser.storage.local.remove([...LEGACY_KEYS]);
}

function pick(settings: Settings, keys: readonly SettingKey[]): Partial<Settings> {
  return Object.fromEntries(keys.map((k) => [k, settings[k]]));
}

export async function loadSettings(): Promise<Settings> {
  return readSettings(await browser.storage[AREA].get([...SETTING_KEYS]));
}

/** Validates and stores a change; answers the settings as stored (a bad value is replaced by its default, never kept). */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const before = await loadSettings();
  const after = readSettings({ ...before, ...change });
  const keys = changedKeys(before, after);
  if (keys.length) await browser.storage[AREA].set(pick(after, keys));
  return after;
}

/** Every setting back to its default, except the sites turned on from the popup: those are browser permissions too. */
export async function resetSettings(): Promise<Settings> {
  const { onSites } = await loadSettings();
  return saveSettings({ ...structuredClone(DEFAULT_SETTINGS), onSites });
}

/** Calls `listener` with the new settings and the keys that changed, whoever changed them; answers the unsubscribe. */
export function onSettingsChanged(listener: (settings: Settings, changed: SettingKey[]) => void): () => void {
  const handler = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area !== AREA) return;
    const changed = SETTING_KEYS.filter((k) => k in changes);
    if (changed.length === 0) return;
    void browser.storage[AREA].get([...SETTING_KEYS]).then((stored) => listener(readSettings(stored), changed));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
