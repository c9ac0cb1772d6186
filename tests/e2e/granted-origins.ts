import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { extensionLaunchOptions } from '../../scripts/lib/browser';

/**
 * Chromium with the built extension, and `origins` already granted to it, as if the reader had accepted the browser's
 * permission prompt earlier. Headless Chromium cannot show that prompt, so `permissions.request` would wait forever;
 * with the origin granted it resolves at once, and everything after it runs as in use. The grant is written to the
 * profile's preferences between a first start (which installs the extension and gives its id) and the real one.
 */
export interface GrantedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The service worker of the browser now running: replaced by `restart`. */
  worker: Worker;
  /** Closes the browser and starts it again on the same profile, as a reader quitting and reopening it. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithGrantedOrigins(opts: { serverPort: number; origins: readonly string[] }): Promise<GrantedBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'backstory-granted-'));
  const launch = () => chromium.launchPersistentContext(profile, extensionLaunchOptions(opts.serverPort));
  const workerOf = async (context: BrowserContext) => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const first = await launch();
  const extensionId = new URL((await workerOf(first)).url()).host;
  await first.close();

  const prefsFile = join(profile, 'Default', 'Preferences');
  interface PermissionSet { explicit_host?: string[] }
  const prefs = JSON.parse(readFileSync(prefsFile, 'utf8')) as { extensions: { settings: Record<string, { granted_permissions?: PermissionSet; active_permissions?: PermissionSet }> } };
  const settings = prefs.extensions.settings[extensionId];
  if (!settings?.granted_permissions || !settings.active_permissions) throw new Error(`no granted or active permissions for ${extensionId} in ${prefsFile}`);
  // Both sets, as an accepted prompt writes them: Chromium starts the extension with its stored active permissions
  // (bounded by the granted ones), so an origin only in the granted set is known but not usable.
  for (const set of [settings.granted_permissions, settings.active_permissions]) set.explicit_host = [...(set.explicit_host ?? []), ...opts.origins];
  writeFileSync(prefsFile, JSON.stringify(prefs));

  const context = await launch();
  const browser: GrantedBrowser = {
    context,
    extensionId,
    worker: await workerOf(context),
    async restart() {
      await browser.context.close();
      browser.context = await launch();
      browser.worker = await workerOf(browser.context);
    },
    async close() {
      await browser.context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return browser;
}
