import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { buildSearchIndex } from '../../src/core/search';
import { DEFAULT_SETTINGS, activeOn, hostOf, migrateLegacy, pageSettings, readSettings } from '../../src/core/settings';
import { hostKeys, keysCoverHost, readableUrl } from '../../src/core/sites';

describe('settings', () => {
  it('reduces a pasted address to its host and refuses what is no host', () => {
    expect(hostOf('https://www.bbc.com/news')).toBe('www.bbc.com');
    expect(hostOf('  LeMonde.fr. ')).toBe('lemonde.fr');
    expect(hostOf('not a site')).toBeUndefined();
    expect(hostOf('news')).toBeUndefined();
  });

  it('replaces every invalid stored value by its default, and keeps valid ones', () => {
    const s = readSettings({ paused: 'yes', hoverDelayMs: 99_999, highlightStyle: 'blink', entityTypes: ['person', 'alien'], offSites: ['https://x.org/a', 42] });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 2000, entityTypes: ['person'], offSites: ['x.org'] });
  });

  it('migrates the first release keys: a global off becomes a pause, the site list is kept as hosts', () => {
    const migrated = migrateLegacy({ enabled: false, disabledSites: ['https://www.bbc.com/news', 'bad site'] }, readSettings({}));
    expect(migrated?.paused).toBe(true);
    expect(migrated?.offSites).toEqual(['www.bbc.com']);
    expect(migrateLegacy({}, readSettings({}))).toBeUndefined();
  });

  it("tells a page whether to read and how to show it, never the reader's lists of sites", () => {
    const settings = { ...DEFAULT_SETTINGS, onSites: ['blog.example'], offSites: ['bbc.com'], highlightStyle: 'underline' as const, hoverDelayMs: 500 };
    const builtIn = (host: string) => host.endsWith('bbc.com') || host.endsWith('cnn.com');
    const on = pageSettings(settings, 'edition.cnn.com', builtIn);
    expect(on).toEqual({ on: true, view: { entityTypes: DEFAULT_SETTINGS.entityTypes, highlightScope: 'all', hoverDelayMs: 500, theme: 'auto', highlightStyle: 'underline' } });
    expect(JSON.stringify(on)).not.toMatch(/blog\.example|bbc/);
    expect(pageSettings(settings, 'blog.example', builtIn).on).toBe(true); // turned on by the reader
    expect(pageSettings(settings, 'www.bbc.com', builtIn)).toEqual({ on: false }); // built in, turned off
    expect(pageSettings(settings, 'other.example', builtIn)).toEqual({ on: false }); // neither
    expect(pageSettings({ ...settings, paused: true }, 'edition.cnn.com', builtIn)).toEqual({ on: false });
  });

  it('turns off a site with its subdomains, and everything when paused', () => {
    expect(activeOn({ paused: false, offSites: ['bbc.com'] }, 'www.bbc.com')).toBe(false);
    expect(activeOn({ paused: false, offSites: ['bbc.com'] }, 'notbbc.com')).toBe(true);
    expect(activeOn({ paused: true, offSites: [] }, 'lemonde.fr')).toBe(false);
  });
});

describe('where Backstory runs', () => {
  const matches = manifest.content_scripts[0]!.matches;
  it('runs on at least 150 news domains, never on every site', () => {
    expect(matches.filter((m) => !m.includes('.example/')).length).toBeGreaterThanOrEqual(150);
    expect(matches).not.toContain('https://*/*');
    expect(matches).not.toContain('<all_urls>');
    for (const host of ['www.lemonde.fr', 'www.spiegel.de', 'elpais.com', 'www.theguardian.com', 'abcnews.go.com']) expect(keysCoverHost(hostKeys(matches), host), host).toBe(true);
    for (const host of ['mail.google.com', 'intranet.example.org', 'github.com']) expect(keysCoverHost(hostKeys(matches), host), host).toBe(false);
    expect(manifest.host_permissions).toEqual(matches);
  });

  it('knows the pages no extension can read', () => {
    expect(readableUrl('chrome://extensions')).toBe(false);
    expect(readableUrl('https://chromewebstore.google.com/detail/x')).toBe(false);
    expect(readableUrl('https://example.org/report.pdf')).toBe(false);
    expect(readableUrl(undefined)).toBe(false);
    expect(readableUrl('https://www.lemonde.fr/article')).toBe(true);
  });
});

describe('dataset search', () => {
  const index = buildSearchIndex([
    { name: 'São Paulo', aliases: [] },
    { name: 'Volodymyr Zelenskyy', aliases: ['Zelensky'] },
    { name: 'Paul Biya', aliases: [] },
  ]);
  it('finds names and aliases by any word, accents and case ignored', () => {
    expect(index.search('sao pa', 5)).toEqual([0]);
    expect(index.search('zelensky', 5)).toEqual([1]);
    expect(index.search('PAUL', 5)).toEqual([2, 0]);
    expect(index.search('xyz', 5)).toEqual([]);
  });
});
