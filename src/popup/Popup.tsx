import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Card as CardData, EventView } from '../core/views';
import { t } from '../i18n';
import { formatDay } from '../locale-format';
import type { ContentMessage } from '../messages';
import { send } from '../send';
import { Card } from '../ui/Card';
import { CARD_CSS } from '../ui/card-css';
import { EventList } from '../ui/EventList';
import { binHistory, binOf } from '../ui/strip-bins';
import { EntityList } from './EntityList';
import { PageStrip } from './PageStrip';
import { Search } from './Search';
import { SiteSwitches } from './SiteSwitches';
import { useTabView, type PopupTab } from './tab-view';
import { useTheme } from './theme';

export interface PopupProps {
  tab: PopupTab | undefined;
}

/** One sentence for each state a page can be in, so the reader knows why the list is empty and what to do. */
const STATE_MESSAGE = {
  loading: undefined,
  noTab: 'popupNoTab',
  cannotRead: 'popupCannotRead',
  paused: 'popupPaused',
  offHere: 'popupOffHere',
  notEnabled: 'popupNotEnabled',
  reading: 'popupReading',
  noNames: 'popupNoNames',
  found: undefined,
} as const;

/**
 * The toolbar popup: the page's state, the switches for this site and everywhere, who and what the page is about
 * (choosing a name takes the reader to it on the page, card open), the coverage that connects them, and a search
 * over everything Backstory knows.
 */
export function Popup({ tab }: PopupProps) {
  const { view, settings } = useTabView(tab);
  useTheme(settings?.theme);
  const [card, setCard] = useState<CardData | null>(null);
  const opener = useRef<string | null>(null);
  const cardRoot = useRef<HTMLElement>(null);
  // The period chosen on the page's strip: the coverage below shows only its events.
  const [period, setPeriod] = useState<number | null>(null);

  useEffect(() => {
    if (card) (cardRoot.current?.querySelector('.card') as HTMLElement | null)?.focus();
  }, [card]);

  const openCard = async (id: string) => {
    opener.current = id;
    setCard(await send('card', tab ? { entity: id, tabId: tab.id } : { entity: id }));
  };
  const closeCard = () => {
    setCard(null);
    // Once the list is shown again, focus goes back to the button that opened the card.
    requestAnimationFrame(() => (document.querySelector(`[data-entity="${opener.current ?? ''}"], [data-result="${opener.current ?? ''}"]`) as HTMLElement | null)?.focus());
  };
  /** To the name on the page, card open there; the popup's own card when the page cannot show it. */
  const choose = async (id: string) => {
    if (!tab) return openCard(id);
    const message: ContentMessage = { type: 'revealMention', payload: { entity: id } };
    const shown = (await browser.tabs.sendMessage(tab.id, message).catch(() => false)) as boolean;
    if (shown) window.close();
    else await openCard(id);
  };

  const messageKey = view.state === 'reading' && view.navigated ? 'popupNavigated' : STATE_MESSAGE[view.state];
  const summary = view.state === 'found' || view.state === 'noNames' ? view.summary : undefined;
  const dated = summary?.published ? formatDay(summary.published) : undefined;
  const binned = useMemo(() => binHistory(summary?.history ?? [], summary?.published ?? undefined), [summary?.history, summary?.published]);
  const inPeriod = (events: EventView[]) => (period === null ? events : events.filter((e) => binOf(binned.bins, e.date) === period));
  const emptyPeriod = period === null ? undefined : t('cardStripNoneListed');
  // The list stays drawn, hidden, under an open card: the search keeps its results and focus can go back to them.
  return (
    <>
      {card ? (
        <main
          ref={cardRoot}
          class="card-view"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              closeCard();
            }
          }}
        >
          <style>{CARD_CSS}</style>
          <Card card={card} onClose={closeCard} />
        </main>
      ) : null}
      <main class="page" hidden={card !== null} data-state={view.state} aria-busy={view.state === 'loading' || view.state === 'reading'}>
        <h1>{summary?.title || t('extName')}</h1>
        {summary ? <p class="meta">{dated ? t('popupPublished', dated) : t('popupNoDate')}</p> : null}
        {messageKey ? (
          <p class="state" role="status" data-testid="popup-state">
            {t(messageKey)}
          </p>
        ) : null}
        {settings && tab && 'host' in view ? <SiteSwitches view={view} settings={settings} tabId={tab.id} /> : null}
        {view.state === 'found' ? (
          <>
            <h2>{t('popupOnThisPage')}</h2>
            <EntityList entities={view.summary.entities} onChoose={(id) => void choose(id)} />
            <PageStrip summary={view.summary} binned={binned} selected={period} onSelect={setPeriod} />
            <h2>{t('popupRelatedCoverage')}</h2>
            {dated ? <EventList heading={t('popupSince', dated)} events={inPeriod(view.summary.since)} empty={emptyPeriod ?? t('popupNothingNewer')} headingId="since" /> : null}
            <EventList heading={dated ? t('popupLedUp') : t('popupRelatedEvents')} events={inPeriod(view.summary.before)} empty={emptyPeriod ?? t('popupNothingEarlier')} headingId="before" />
          </>
        ) : null}
        {summary?.asOf ? (
          <p class="meta" data-testid="popup-as-of">
            {t('popupAsOf', formatDay(summary.asOf))}
          </p>
        ) : null}
        <Search onOpen={(id) => void openCard(id)} />
      </main>
    </>
  );
}
