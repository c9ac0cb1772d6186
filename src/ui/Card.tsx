import type { Card as CardData } from '../core/views';
import { EventList } from './EventList';
import { formatDate } from './format';

export interface CardProps {
  card: CardData;
  onClose(): void;
}

const TYPE_LABEL = { person: 'Person', country: 'Country', place: 'Place', organization: 'Organisation' } as const;

/** The hover card: who or what a name is, and its events before and since the article. */
export function Card({ card, onClose }: CardProps) {
  const { entity } = card;
  const dated = card.published ? ` (${formatDate(card.published)})` : '';
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="bs-title" aria-describedby="bs-description" tabIndex={-1}>
      <header>
        <div>
          <p class="type">{TYPE_LABEL[entity.type]}</p>
          <h2 id="bs-title">{entity.name}</h2>
        </div>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p id="bs-description" class="description">
        {entity.description}
        {entity.url ? (
          <>
            {' '}
            <a href={entity.url} target="_blank" rel="noopener noreferrer">
              Wikipedia
            </a>
          </>
        ) : null}
      </p>
      <div class="timeline">
        {card.published ? (
          <EventList heading={`Since this article${dated}`} events={card.since} empty="Nothing newer in Backstory's dataset." headingId="bs-since" />
        ) : null}
        <EventList
          heading={card.published ? `Before this article${dated}` : 'Related events'}
          events={card.before}
          empty="No related events in Backstory's dataset."
          headingId="bs-before"
        />
      </div>
      <footer>Events from Backstory's bundled dataset, each with its source.</footer>
    </div>
  );
}
