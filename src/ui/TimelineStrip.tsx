import { t, uiLanguage } from '../i18n';
import { formatCount, formatDate } from './format';
import { binOf, type Binned } from './strip-bins';

export interface TimelineStripProps {
  binned: Binned;
  /** The article's date, marked on the strip; null when the page gives none. */
  published: string | null;
  /** Dates of the events listed below the strip: their bins are drawn highlighted. */
  listed: readonly string[];
  /** The bin the list is filtered to, or null for all. */
  selected: number | null;
  onSelect(bin: number | null): void;
}

const HEIGHT = 40;
const MIN_BAR = 3;

/** "Aug 2025" for a month bin, "Jul – Sep 2022" for a quarter, in the UI's language. */
export function periodLabel(binned: Binned, index: number): string {
  const bin = binned.bins[index]!;
  const at = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  const format = new Intl.DateTimeFormat(uiLanguage(), { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return binned.unit === 'month' ? format.format(at(bin.start)) : format.formatRange(at(bin.start), at(bin.end));
}

/** What the strip shows, in one sentence: the text equivalent of the picture. */
export function stripSummary(binned: Binned, published: string | null): string {
  const span = binned.firstYear === binned.lastYear ? (binned.firstYear ?? '') : `${binned.firstYear}–${binned.lastYear}`;
  return published
    ? t('cardStripSummary', formatCount(binned.total), span, binned.peakYear ?? '', formatDate(published))
    : t('cardStripSummaryNoDate', formatCount(binned.total), span, binned.peakYear ?? '');
}

/**
 * A small picture of when a name was in the news: every event the dataset holds for it, binned over its whole span,
 * with the article's date marked and the listed events' periods highlighted. A bin can be chosen with the pointer or
 * the arrow keys to filter the list to that period.
 */
export function TimelineStrip({ binned, published, listed, selected, onSelect }: TimelineStripProps) {
  const { bins } = binned;
  if (binned.total === 0) return null;
  const max = Math.max(...bins.map((b) => b.count));
  const listedBins = new Set(listed.map((d) => binOf(bins, d)));
  const articleBin = published ? binOf(bins, published) : -1;
  const nonEmpty = bins.flatMap((b, i) => (b.count > 0 ? [i] : []));
  const current = selected ?? (articleBin >= 0 ? articleBin : nonEmpty.at(-1)!);
  const step = (direction: 1 | -1) => {
    const next = direction > 0 ? nonEmpty.find((i) => i > current) : [...nonEmpty].reverse().find((i) => i < current);
    if (next !== undefined) onSelect(next);
  };
  const valueText = `${periodLabel(binned, current)}: ${t('cardStripBinCount', formatCount(bins[current]!.count))}`;
  return (
    <div class="strip">
      <div
        role="slider"
        tabIndex={0}
        aria-label={t('cardStripLabel')}
        aria-valuemin={0}
        aria-valuemax={bins.length - 1}
        aria-valuenow={current}
        aria-valuetext={valueText}
        dir="ltr"
        onKeyDown={(e) => {
          const keys: Record<string, () => void> = {
            ArrowRight: () => step(1),
            ArrowUp: () => step(1),
            ArrowLeft: () => step(-1),
            ArrowDown: () => step(-1),
            Home: () => onSelect(nonEmpty[0]!),
            End: () => onSelect(nonEmpty.at(-1)!),
          };
          const act = keys[e.key];
          if (act) {
            e.preventDefault();
            act();
          }
        }}
      >
        <svg viewBox={`0 0 ${bins.length} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {bins.map((b, i) =>
            b.count > 0 ? (
              <rect
                key={b.start}
                class={`bin${listedBins.has(i) ? ' listed' : ''}`}
                data-bin={i}
                x={i + 0.12}
                width={0.76}
                y={HEIGHT - (MIN_BAR + ((HEIGHT - MIN_BAR - 2) * b.count) / max)}
                height={MIN_BAR + ((HEIGHT - MIN_BAR - 2) * b.count) / max}
              />
            ) : null,
          )}
          {articleBin >= 0 ? <line class="article" x1={articleBin + 0.5} x2={articleBin + 0.5} y1={0} y2={HEIGHT} vector-effect="non-scaling-stroke" /> : null}
          {bins.map((b, i) =>
            b.count > 0 ? (
              <rect key={`hit-${b.start}`} class={`hit${selected === i ? ' selected' : ''}`} x={i} width={1} y={0} height={HEIGHT} vector-effect="non-scaling-stroke" onClick={() => onSelect(selected === i ? null : i)} />
            ) : null,
          )}
        </svg>
        <div class="axis-labels" aria-hidden="true">
          <span class="axis">{bins[0]!.start.slice(0, 4)}</span>
          <span class="axis">{bins.at(-1)!.end.slice(0, 4)}</span>
        </div>
      </div>
      <p class="summary">
        {stripSummary(binned, published)}
        {selected !== null ? (
          <>
            {' · '}
            <span aria-live="polite">{t('cardStripShowing', periodLabel(binned, selected))}</span>
            <button type="button" class="filter" onClick={() => onSelect(null)}>
              {t('cardStripShowAll')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
