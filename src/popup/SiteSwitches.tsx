import browser from 'webextension-polyfill';
import { siteOrigins } from '../core/sites';
import type { Settings } from '../core/settings';
import { t } from '../i18n';
import { send } from '../send';
import { saveSettings } from '../settings';
import { siteOf, type SiteView } from './tab-view';

export interface SiteSwitchesProps {
  view: SiteView;
  settings: Settings;
  tabId: number;
}

/**
 * "Use Backstory on this site" and "Pause Backstory everywhere". On a news site Backstory knows, the first switch
 * turns it off there; anywhere else it asks the browser for that site (which needs this click) and registers the
 * content script for it, and turning it off gives the permission back.
 */
export function SiteSwitches({ view, settings, tabId }: SiteSwitchesProps) {
  const { host } = view;
  const access = 'access' in view ? view.access : 'none';
  const offHere = view.state === 'offHere';
  const on = access !== 'none' && !offHere;

  const turnOn = async () => {
    if (offHere) await saveSettings({ offSites: settings.offSites.filter((s) => s !== view.site) });
    if (access === 'none') {
      // Asked first, before any other await: the browser grants it only during the reader's click.
      const granted = await browser.permissions.request({ origins: siteOrigins(host) });
      if (granted) await send('enableSite', { host, tabId });
    }
  };
  const turnOff = async () => {
    if (access === 'added') await send('disableSite', { host });
    else await saveSettings({ offSites: [...settings.offSites, siteOf(host)] });
  };

  return (
    <fieldset class="switches">
      <legend class="visually-hidden">{t('popupSwitchesLegend')}</legend>
      <label>
        <input type="checkbox" data-testid="site-switch" checked={on} onChange={() => void (on ? turnOff() : turnOn())} /> {t('popupUseOnSite', host)}
      </label>
      <label>
        <input type="checkbox" data-testid="pause-switch" checked={settings.paused} onChange={(e) => void saveSettings({ paused: e.currentTarget.checked })} />{' '}
        {t('popupPauseEverywhere')}
      </label>
    </fieldset>
  );
}
