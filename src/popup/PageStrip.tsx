import type { PageSummary } from '../core/views';
import { uiDirection, uiLanguage } from '../i18n';
import { CARD_CSS } from '../ui/card-css';
import type { Binned } from '../ui/strip-bins';
import { TimelineStrip } from '../ui/TimelineStrip';

/**
 * The card's timeline strip for the page as a whole: every event of every entity found on it, the article's date
 * marked and the related coverage listed below highlighted, with its text equivalent; choosing a period filters that
 * list, as on the card (the popup holds the choice, since it draws the list). Drawn inside a `.card` box so the
 * card's own styles (and colours, checked for contrast) apply.
 */
export function PageStrip({ summary, binned, selected, onSelect }: { summary: PageSummary; binned: Binned; selected: number | null; onSelect(bin: number | null): void }) {
  if (binned.total === 0) return null;
  const listed = [...summary.before, ...summary.since].map((e) => e.date);
  return (
    <section class="page-strip" data-testid="page-strip">
      <style>{CARD_CSS}</style>
      <div class="card" data-theme="auto" lang={uiLanguage()} dir={uiDirection()}>
        <TimelineStrip binned={binned} published={summary.published} listed={listed} selected={selected} onSelect={onSelect} />
      </div>
    </section>
  );
}
