import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../core/dataset/types';
import { ENTITY_TYPES, HIGHLIGHT_SCOPES, HIGHLIGHT_STYLES, HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS, THEMES, type Settings } from '../core/settings';
import { t, uiLanguage } from '../i18n';
import { send } from '../send';
import { loadSettings, onSettingsChanged, resetSettings, saveSettings } from '../settings';
import { useTheme } from '../popup/theme';
import { Feeds } from './Feeds';
import { Packs } from './Packs';
import { SiteList } from './SiteList';
import { Status } from './Status';

/** Message keys of each choice, so every label is translated. */
const STYLE_KEYS = { dotted: 'optionsStyleDotted', underline: 'optionsStyleUnderline', background: 'optionsStyleBackground', none: 'optionsStyleNone' } as const;
const SCOPE_KEYS = { all: 'optionsScopeAll', first: 'optionsScopeFirst' } as const;
const THEME_KEYS = { auto: 'optionsThemeAuto', light: 'optionsThemeLight', dark: 'optionsThemeDark' } as const;
const TYPE_KEYS: Record<EntityType, string> = { person: 'optionsTypePeople', country: 'optionsTypeCountries', organization: 'optionsTypeOrganisations', place: 'optionsTypePlaces' };

function Choice<T extends string>({ name, legend, options, keys, value, onChange }: { name: string; legend: string; options: readonly T[]; keys: Record<T, string>; value: T; onChange(v: T): void }) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o}>
          <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} /> {t(keys[o])}
        </label>
      ))}
    </fieldset>
  );
}

/** Every setting, saved as it is changed and applied to open tabs at once; packs; what is loaded. */
function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  // Feeds install and remove packs: a new key makes the packs list read them again.
  const [packsVersion, setPacksVersion] = useState(0);
  // Bumped on reset, so the site lists' text areas start again from the stored lists.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  useTheme(settings?.theme);
  if (!settings) return null;
  const save = (change: Partial<Settings>) => void saveSettings(change).then(setSettings);

  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">{t('optionsReadingHeading')}</h2>
        <label>
          <input type="checkbox" data-testid="paused" checked={settings.paused} onChange={(e) => save({ paused: e.currentTarget.checked })} /> {t('popupPauseEverywhere')}
        </label>
        <div class="field">
          <label for="hover-delay">{t('optionsHoverDelay')}</label>
          <input
            id="hover-delay"
            type="number"
            min={HOVER_DELAY_MIN_MS}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => save({ hoverDelayMs: Number(e.currentTarget.value) })}
          />{' '}
          <span>{t('optionsMilliseconds')}</span>
        </div>
        <Choice name="style" legend={t('optionsStyleLegend')} options={HIGHLIGHT_STYLES} keys={STYLE_KEYS} value={settings.highlightStyle} onChange={(highlightStyle) => save({ highlightStyle })} />
        <Choice name="scope" legend={t('optionsScopeLegend')} options={HIGHLIGHT_SCOPES} keys={SCOPE_KEYS} value={settings.highlightScope} onChange={(highlightScope) => save({ highlightScope })} />
        <fieldset>
          <legend>{t('optionsTypesLegend')}</legend>
          {ENTITY_TYPES.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                name="types"
                value={type}
                checked={settings.entityTypes.includes(type)}
                onChange={(e) => save({ entityTypes: e.currentTarget.checked ? [...settings.entityTypes, type] : settings.entityTypes.filter((x) => x !== type) })}
              />{' '}
              {t(TYPE_KEYS[type])}
            </label>
          ))}
        </fieldset>
        <Choice name="theme" legend={t('optionsThemeLegend')} options={THEMES} keys={THEME_KEYS} value={settings.theme} onChange={(theme) => save({ theme })} />
      </section>
      <section aria-labelledby="sites-heading" key={generation}>
        <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
        <SiteList id="off-sites" label={t('optionsOffSites')} hint={t('optionsOffSitesHint')} hosts={settings.offSites} onChange={(offSites) => save({ offSites })} />
        <h3>{t('optionsOnSites')}</h3>
        {settings.onSites.length === 0 ? (
          <p class="hint">{t('optionsOnSitesNone')}</p>
        ) : (
          <ul class="on-sites">
            {settings.onSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button type="button" aria-label={t('optionsRemoveSite', host)} onClick={() => void send('disableSite', { host })}>
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <Packs key={packsVersion} />
      <Feeds onPacksChanged={() => setPacksVersion((v) => v + 1)} />
      <Status />
      <p>
        <button
          type="button"
          data-testid="reset"
          onClick={() =>
            void resetSettings().then((s) => {
              setSettings(s);
              setGeneration((g) => g + 1);
            })
          }
        >
          {t('optionsReset')}
        </button>
      </p>
    </main>
  );
}

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options />, document.getElementById('app')!);
