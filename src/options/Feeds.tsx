import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { parseFeedUrl } from '../core/dataset/feed';
import { t } from '../i18n';
import type { FeedInfo } from '../messages';
import { send } from '../send';

/**
 * Pack feeds: subscribe by `https:` address (Backstory asks the browser for that one origin first), see when each was
 * last checked and why a check failed, check now, unsubscribe. Installed packs from feeds appear in the packs list.
 */
export function Feeds({ onPacksChanged }: { onPacksChanged(): void }) {
  const [feeds, setFeeds] = useState<FeedInfo[] | undefined>();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void send('listFeeds', {}).then(setFeeds, (error: Error) => setStatus(t('feedsUnavailable', error.message)));
  }, []);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setStatus(t('feedsFailed', (error as Error).message));
    } finally {
      setBusy(false);
    }
  };

  const subscribe = () =>
    run(async () => {
      const url = parseFeedUrl(address);
      if (!url) {
        setStatus(t('feedsNotHttps', address));
        return;
      }
      // Must run in the click's user gesture: the browser asks the reader for this one origin.
      const granted = await browser.permissions.request({ origins: [`${url.origin}/*`] });
      if (!granted) {
        setStatus(t('feedsPermissionRefused', url.origin));
        return;
      }
      setStatus(t('feedsChecking', url.href));
      const result = await send('subscribeFeed', { url: url.href });
      if (result.ok) {
        setStatus(t('feedsSubscribed', result.feed.title, result.feed.packs));
        setAddress('');
        onPacksChanged();
      } else setStatus(t('feedsNotSubscribed', result.problem));
      setFeeds(await send('listFeeds', {}));
    });

  return (
    <section aria-labelledby="feeds-heading">
      <h2 id="feeds-heading">{t('feedsHeading')}</h2>
      <p>{t('feedsExplain')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void subscribe();
        }}
      >
        <label for="feed-url">{t('feedsAddressLabel')}</label>
        <input id="feed-url" type="url" inputMode="url" value={address} disabled={busy} onInput={(e) => setAddress(e.currentTarget.value)} data-testid="feed-url" />{' '}
        <button type="submit" disabled={busy || !address.trim()} data-testid="feed-subscribe">
          {t('feedsSubscribe')}
        </button>
      </form>
      <p role="status" data-testid="feed-status">
        {status}
      </p>
      {feeds === undefined || feeds.length === 0 ? (
        <p>{t('feedsNone')}</p>
      ) : (
        <>
          <ul data-testid="feed-list">
            {feeds.map((f) => (
              <li key={f.url}>
                <strong>{f.title}</strong> <code>{f.url}</code>
                <br />
                {f.checked ? t('feedsChecked', new Date(f.checked).toLocaleString(), f.packs) : t('feedsNeverChecked')}
                {f.error ? (
                  <span class="error" data-testid="feed-error">
                    {' '}
                    {t('feedsLastError', f.error)}
                  </span>
                ) : null}{' '}
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      setFeeds(await send('unsubscribeFeed', { url: f.url }));
                      await browser.permissions.remove({ origins: [`${new URL(f.url).origin}/*`] }).catch(() => false);
                      setStatus(t('feedsUnsubscribed', f.title));
                      onPacksChanged();
                    })
                  }
                >
                  {t('feedsUnsubscribe')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            disabled={busy}
            data-testid="feed-refresh"
            onClick={() =>
              void run(async () => {
                setFeeds(await send('refreshFeeds', {}));
                setStatus(t('feedsRefreshed'));
                onPacksChanged();
              })
            }
          >
            {t('feedsRefresh')}
          </button>
        </>
      )}
    </section>
  );
}
