import { useMemo, useState } from 'preact/hooks';
import type { EntityType } from '../core/dataset/types';
import type { Card as CardData, EventView } from '../core/views';
import { t, uiDirection, uiLanguage } from '../i18n';
import { EventList } from './EventList';
import { formatDate } from './format';
import { binHistory, binOf } from './strip-bins';
import { TimelineStrip } from './TimelineStrip';

/** `auto` follows the reader's `prefers-color-scheme`; the others force a theme. */
export type Theme = 'auto' | 'light' | 'dark';

export interface CardProps {
  card: CardData;
  onClose(): void;
  theme?: Theme;
  /** Laid out as a sheet along the bottom of a narrow window. */
  sheet?: boolean;
}

const TYPE_KEY: Record<EntityType, string> = { person: 'cardTypePerson', country: 'cardTypeCountry', place: 'cardTypePlace', organization: 'cardTypeOrganization' };

const newestFirst = (a: EventView, b: EventView) => b.date.localeCompare(a.date);

/**
 * The hover card: who or what a name is, when it was in the news, and the events around the article. It says where
 * its description comes from and how current the data is; on a page without a date it never says "before" or "since".
 */
export function Card({ card, onClose, theme = 'auto', sheet = false }: CardProps) {
  const { entity, published } = card;
  const [selected, setSelected] = useState<number | null>(null);
  const binned = useMemo(() => binHistory(card.history, published ?? undefined), [card.history, published]);
  const all = [...card.since, ...card.before];
  const inPeriod = (events: EventView[]) => (selected === null ? events : events.filter((e) => binOf(binned.bins, e.date) === selected));
  const date = published ? formatDate(published) : '';
  const emptyPeriod = selected === null ? undefined : t('cardStripNoneListed');
  const lists = all.length === 0 ? (
    <p class="note" data-state="no-events">
      {t('cardNoEvents', entity.name, formatDate(card.asOf))}
    </p>
  ) : (
    <>
      {card.related ? null : (
        <p class="note" data-state="not-related">
          {t('cardNothingClose', entity.name)}
        </p>
      )}
      {published ? (
        <>
          <EventList heading={t('cardSince', date)} events={inPeriod(card.since)} empty={emptyPeriod ?? t('cardNothingSince')} headingId="bs-since" />
          <EventList heading={t('cardBefore', date)} events={inPeriod(card.before)} empty={emptyPeriod ?? t('cardNothingBefore')} headingId="bs-before" />
        </>
      ) : (
        <EventList heading={t('cardNewestFirst')} events={inPeriod(all.sort(newestFirst))} empty={emptyPeriod ?? t('cardNothingBefore')} headingId="bs-events" />
      )}
    </>
  );
  return (
    <div
      class={`card${sheet ? ' sheet' : ''}`}
      data-theme={theme}
      lang={uiLanguage()}
      dir={uiDirection()}
      role="dialog"
      aria-modal="false"
      aria-labelledby="bs-title"
      aria-describedby="bs-description"
      tabIndex={-1}
    >
      <header>
        <div>
          <p class="type">{t(TYPE_KEY[entity.type])}</p>
          <h2 id="bs-title">{entity.name}</h2>
        </div>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p id="bs-description" class="description">
        {entity.description}
      </p>
      <p class="provenance">
        {entity.url ? (
          <>
            {t('cardDescriptionFrom')}{' '}
            <a href={entity.url} target="_blank" rel="noopener noreferrer">
              {t('cardWikipedia')}
            </a>
          </>
        ) : (
          t('cardDescriptionOwn')
        )}
      </p>
      {published ? null : (
        <p class="note" data-state="no-date">
          {t('cardNoDate')}
        </p>
      )}
      <TimelineStrip binned={binned} published={published} listed={all.map((e) => e.date)} selected={selected} onSelect={setSelected} />
      <div class="timeline">{lists}</div>
      <footer>{t('cardFooter', formatDate(card.asOf))}</footer>
    </div>
  );
}
