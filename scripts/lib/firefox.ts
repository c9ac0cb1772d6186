import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Marionette } from './marionette';

/** Firefox ESR, headless, with the built Firefox extension installed as a temporary add-on, driven over Marionette. */

export const FIREFOX_DIST = resolve(new URL('../../dist/firefox', import.meta.url).pathname);

export function firefoxPath(): string | undefined {
  return [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));
}

export interface ExtensionFirefox {
  marionette: Marionette;
  /** Opens `url` in the tab and waits for its load. */
  goto(url: string): Promise<void>;
  /** Runs `body` (a function body) in the page and answers its `return` value. */
  evaluate<T>(body: string): Promise<T>;
  close(): Promise<void>;
}

/** Preferences for a quiet, offline test profile; `hosts` resolve to 127.0.0.1 so pages open under their own address. */
function userPrefs(hosts: readonly string[]): string {
  const prefs: Record<string, string | number | boolean> = {
    'marionette.port': 0, // any free port; Firefox writes the one it took to MarionetteActivePort
    'network.dns.localDomains': hosts.join(','),
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'extensions.autoDisableScopes': 0,
    'extensions.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'services.settings.server': 'https://127.0.0.1:9/',
    'dom.security.https_only_mode': false,
  };
  return Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n');
}

async function activePort(profile: string, child: ChildProcess): Promise<number> {
  const file = join(profile, 'MarionetteActivePort');
  // Firefox writes the file once Marionette listens; poll for that condition (or the process ending).
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Firefox exited with ${child.exitCode} before Marionette started`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').trim());
      if (port > 0) return port;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function launchFirefoxWithExtension(opts: { hosts: readonly string[] }): Promise<ExtensionFirefox> {
  const binary = firefoxPath();
  if (!binary) throw new Error('Firefox not found: install it (apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  if (!existsSync(join(FIREFOX_DIST, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_DIST}: run npm run build first.`);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  writeFileSync(join(profile, 'user.js'), userPrefs(opts.hosts));
  const child = spawn(binary, ['--headless', '--marionette', '--no-remote', '--profile', profile], { stdio: 'ignore', env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const marionette = await Marionette.connect(await activePort(profile, child));
    await marionette.command('WebDriver:NewSession', { acceptInsecureCerts: true });
    await marionette.command('Addon:Install', { path: FIREFOX_DIST, temporary: true });
    return {
      marionette,
      goto: async (url) => void (await marionette.command('WebDriver:Navigate', { url })),
      evaluate: async <T>(body: string) => ((await marionette.command<{ value: T }>('WebDriver:ExecuteScript', { script: body, args: [] })).value),
      async close() {
        await marionette.command('WebDriver:DeleteSession').catch(() => undefined);
        marionette.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
