import type { EventView } from '../core/views';
import { Fragment } from 'preact';
import { t } from '../i18n';
import { formatDate, sourceLabel } from './format';

export interface EventListProps {
  /** The list's heading, e.g. "Before this article". */
  heading: string;
  events: EventView[];
  /** Said when the list is empty. */
  empty: string;
  headingId: string;
}

/** A dated list of events, newest first, each with the sources a reader can follow. */
export function EventList({ heading, events, empty, headingId }: EventListProps) {
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {events.length === 0 ? (
        <p class="empty">{empty}</p>
      ) : (
        <ol class="events">
          {events.map((e) => (
            <li key={e.id} data-event={e.id}>
              <time dateTime={e.date}>{formatDate(e.date)}</time>
              <p>{e.summary}</p>
              <p class="sources">
                {e.sources.map((s, i) => (
                  <Fragment key={s.url}>
                    {i > 0 ? ' · ' : ''}
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {sourceLabel(s)}
                    </a>
                    {s.outlet && s.title ? <span class="outlet"> ({t('cardCiting', s.outlet)})</span> : null}
                  </Fragment>
                ))}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
