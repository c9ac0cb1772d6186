import { useMemo, useState } from 'preact/hooks';
import type { PageSummary } from '../core/views';
import { uiDirection, uiLanguage } from '../i18n';
import { CARD_CSS } from '../ui/card-css';
import { binHistory } from '../ui/strip-bins';
import { TimelineStrip } from '../ui/TimelineStrip';

/**
 * The card's timeline strip for the page as a whole: every event of every entity found on it, the article's date
 * marked and the related coverage listed below highlighted, with its text equivalent. Drawn inside a `.card` box so
 * the card's own styles (and colours, checked for contrast) apply.
 */
export function PageStrip({ summary }: { summary: PageSummary }) {
  const [selected, setSelected] = useState<number | null>(null);
  const history = summary.history ?? [];
  const binned = useMemo(() => binHistory(history, summary.published ?? undefined), [history, summary.published]);
  if (binned.total === 0) return null;
  const listed = [...summary.before, ...summary.since].map((e) => e.date);
  return (
    <section class="page-strip" data-testid="page-strip">
      <style>{CARD_CSS}</style>
      <div class="card" data-theme="auto" lang={uiLanguage()} dir={uiDirection()}>
        <TimelineStrip binned={binned} published={summary.published} listed={listed} selected={selected} onSelect={setSelected} />
      </div>
    </section>
  );
}
