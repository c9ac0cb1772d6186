import type { MonthCount } from '../core/views';

/** The timeline strip's arithmetic, kept apart from drawing so it can be tested without a DOM. */

export type BinUnit = 'month' | 'quarter';

export interface Bin {
  /** First month of the bin, `YYYY-MM`. */
  start: string;
  /** Last month of the bin, `YYYY-MM`. */
  end: string;
  count: number;
}

export interface Binned {
  unit: BinUnit;
  bins: Bin[];
  total: number;
  /** The year with most events (the earliest of equals), or undefined without events. */
  peakYear: string | undefined;
  firstYear: string | undefined;
  lastYear: string | undefined;
}

/** Up to four years are drawn month by month; longer spans by quarter, so a bar stays wide enough to point at. */
export const MONTHLY_SPAN_LIMIT = 48;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Bins a month-by-month history over its whole span, widened to include `alsoShow` (the article's month). */
export function binHistory(history: readonly MonthCount[], alsoShow?: string): Binned {
  const months = history.map((h) => monthIndex(h.month));
  if (alsoShow) months.push(monthIndex(alsoShow.slice(0, 7)));
  if (months.length === 0) return { unit: 'month', bins: [], total: 0, peakYear: undefined, firstYear: undefined, lastYear: undefined };
  let first = Math.min(...months);
  const last = Math.max(...months);
  const unit: BinUnit = last - first + 1 <= MONTHLY_SPAN_LIMIT ? 'month' : 'quarter';
  const width = unit === 'month' ? 1 : 3;
  first -= first % width;
  const bins: Bin[] = [];
  for (let m = first; m <= last; m += width) bins.push({ start: monthOf(m), end: monthOf(m + width - 1), count: 0 });
  const perYear = new Map<string, number>();
  let total = 0;
  for (const h of history) {
    bins[Math.floor((monthIndex(h.month) - first) / width)]!.count += h.count;
    const year = h.month.slice(0, 4);
    perYear.set(year, (perYear.get(year) ?? 0) + h.count);
    total += h.count;
  }
  let peakYear: string | undefined;
  for (const [year, count] of [...perYear].sort((a, b) => a[0].localeCompare(b[0]))) if (peakYear === undefined || count > perYear.get(peakYear)!) peakYear = year;
  return { unit, bins, total, peakYear, firstYear: history[0]?.month.slice(0, 4), lastYear: history.at(-1)?.month.slice(0, 4) };
}

/** The bin holding a date (`YYYY-MM-DD` or `YYYY-MM`), or -1. */
export function binOf(bins: readonly Bin[], date: string): number {
  const month = date.slice(0, 7);
  return bins.findIndex((b) => month >= b.start && month <= b.end);
}
