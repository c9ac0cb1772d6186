import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { formatCount, formatDay } from '../locale-format';
import type { ResponseOf } from '../messages';
import { send } from '../send';

/** What Backstory knows right now, in plain words. */
export function Status() {
  const [status, setStatus] = useState<ResponseOf<'datasetStatus'> | undefined>();
  useEffect(() => {
    void send('datasetStatus', {}).then(setStatus);
  }, []);
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t('optionsStatusHeading')}</h2>
      <p data-testid="status" role="status">
        {status
          ? status.latest
            ? t('optionsStatus', formatCount(status.entities), formatCount(status.events), formatDay(status.latest))
            : t('optionsStatusNoEvents', formatCount(status.entities))
          : null}
      </p>
    </section>
  );
}
