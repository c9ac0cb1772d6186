import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityType } from '../core/dataset/types';
import type { Card as CardData, PageEntity, PageSummary } from '../core/views';
import { Card } from '../ui/Card';
import { CARD_CSS } from '../ui/card-css';
import { EventList } from '../ui/EventList';
import { formatDate } from '../ui/format';

export interface PopupProps {
  /** What was found in the tab; null when Backstory has not read it (a browser page, or nothing found). */
  summary: PageSummary | null;
  /** The card of one entity, in the context of the tab's page. */
  loadCard(entity: string): Promise<CardData | null>;
}

const GROUPS: { type: EntityType; label: string }[] = [
  { type: 'person', label: 'People' },
  { type: 'country', label: 'Countries' },
  { type: 'organization', label: 'Organisations' },
  { type: 'place', label: 'Places' },
];

function EntityGroup({ label, entities, onOpen }: { label: string; entities: PageEntity[]; onOpen(id: string): void }) {
  if (entities.length === 0) return null;
  return (
    <>
      <h3>{label}</h3>
      <ul class="entities" aria-label={label}>
        {entities.map((e) => (
          <li key={e.id}>
            <button type="button" title={e.description} data-entity={e.id} onClick={() => onOpen(e.id)}>
              {e.name}
              <span class="count" aria-label={`, ${e.count} mention${e.count === 1 ? '' : 's'}`}>
                ×{e.count}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The toolbar popup: who and what the page is about, and the coverage that connects them. Every entity opens its
 * card here too, which is how keyboard and screen-reader users reach the cards without a pointer.
 */
export function Popup({ summary, loadCard }: PopupProps) {
  const [card, setCard] = useState<CardData | null>(null);
  const opener = useRef<string | null>(null);
  const cardRoot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (card) (cardRoot.current?.querySelector('.card') as HTMLElement | null)?.focus();
  }, [card]);

  if (!summary || summary.entities.length === 0) {
    return (
      <main>
        <h1>Backstory</h1>
        <p class="empty">No people, countries, organisations or places from Backstory's dataset were found on this page.</p>
      </main>
    );
  }
  const open = async (id: string) => {
    opener.current = id;
    setCard(await loadCard(id));
  };
  const close = () => {
    setCard(null);
    // The list is drawn anew: give focus back to the same entity's button.
    requestAnimationFrame(() => (document.querySelector(`[data-entity="${opener.current ?? ''}"]`) as HTMLElement | null)?.focus());
  };
  if (card) {
    return (
      <main
        ref={cardRoot}
        class="card-view"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      >
        <style>{CARD_CSS}</style>
        <Card card={card} onClose={close} />
      </main>
    );
  }
  const dated = summary.published ? ` (${formatDate(summary.published)})` : '';
  return (
    <main>
      <h1>{summary.title || 'This page'}</h1>
      <p class="meta">{summary.published ? `Published ${formatDate(summary.published)}` : 'No publication date found'}</p>
      <h2>On this page</h2>
      {GROUPS.map((g) => (
        <EntityGroup key={g.type} label={g.label} entities={summary.entities.filter((e) => e.type === g.type)} onOpen={(id) => void open(id)} />
      ))}
      <h2>Related coverage</h2>
      {summary.published ? (
        <EventList heading={`Since this article${dated}`} events={summary.since} empty="Nothing newer in Backstory's dataset." headingId="since" />
      ) : null}
      <EventList
        heading={summary.published ? 'What led up to it' : 'Related events'}
        events={summary.before}
        empty="No earlier events in Backstory's dataset."
        headingId="before"
      />
    </main>
  );
}
