import { useEffect, useState } from 'preact/hooks';
import type { EntityView } from '../core/views';
import { t } from '../i18n';
import { send } from '../send';

const RESULTS = 8;

export interface SearchProps {
  onOpen(id: string): void;
}

/** A search over the whole dataset, names and aliases, accents ignored; a result opens its card in the popup. */
export function Search({ onOpen }: SearchProps) {
  const [query, setQuery] = useState('');
  // With the query they answer: a reader typing fast must not see an older query's results as this one's.
  const [answer, setAnswer] = useState<{ query: string; found: EntityView[] } | undefined>();
  useEffect(() => {
    if (!query.trim()) {
      setAnswer(undefined);
      return;
    }
    let current = true;
    void send('searchEntities', { query, limit: RESULTS }).then((found) => {
      if (current) setAnswer({ query, found });
    });
    return () => {
      current = false;
    };
  }, [query]);
  const results = answer?.found;
  return (
    <section class="search" role="search" data-answered={answer?.query}>
      <label for="search">{t('popupSearchLabel')}</label>
      <input id="search" type="search" autocomplete="off" placeholder={t('popupSearchPlaceholder')} value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {results === undefined ? null : results.length === 0 ? (
        <p class="empty" role="status">
          {t('popupSearchNone')}
        </p>
      ) : (
        <ul class="results" aria-label={t('popupSearchResults')}>
          {results.map((e) => (
            <li key={e.id}>
              <button type="button" data-result={e.id} onClick={() => onOpen(e.id)}>
                {e.name} <span class="description">{e.description}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
