import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../core/settings';
import { Feeds } from './Feeds';
import { Packs } from './Packs';
import { Status } from './Status';

/** Settings: Backstory on or off, and the sites where it stays off. Changes apply to open tabs at once. */
function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState(false);
  // Feeds install and remove packs: a new key makes the packs list read them again.
  const [packsVersion, setPacksVersion] = useState(0);

  useEffect(() => {
    void browser.storage.local.get(['enabled', 'disabledSites']).then((stored) => {
      const s = readSettings(stored);
      setSettings(s);
      setSites(s.disabledSites.join('\n'));
    });
  }, []);

  const save = async (next: Settings) => {
    setSettings(next);
    await browser.storage.local.set({ enabled: next.enabled, disabledSites: next.disabledSites });
    setSaved(true);
  };

  const current = settings ?? DEFAULT_SETTINGS;
  return (
    <main>
      <h1>Backstory settings</h1>
      <label>
        <input type="checkbox" checked={current.enabled} onChange={(e) => void save({ ...current, enabled: e.currentTarget.checked })} /> Highlight names on
        news pages
      </label>
      <h2>Sites where Backstory stays off</h2>
      <label for="sites">One host name a line (e.g. example.com, which covers its subdomains).</label>
      <textarea
        id="sites"
        value={sites}
        onInput={(e) => {
          setSites(e.currentTarget.value);
          setSaved(false);
        }}
      />
      <p>
        <button
          type="button"
          onClick={() => void save({ ...current, disabledSites: sites.split(/\s+/).map((s) => s.trim().toLowerCase()).filter(Boolean) })}
        >
          Save sites
        </button>{' '}
        {saved ? <span class="saved" role="status">Saved.</span> : null}
      </p>
      <Packs key={packsVersion} />
      <Feeds onPacksChanged={() => setPacksVersion((v) => v + 1)} />
      <Status />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
