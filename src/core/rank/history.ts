import type { MonthCount } from '../views';

/** Event dates (`YYYY-MM-DD` or `YYYY-MM`) counted per month, oldest first: what the timeline strip draws. */
export function monthlyHistory(dates: Iterable<string>): MonthCount[] {
  const counts = new Map<string, number>();
  for (const d of dates) {
    const month = d.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].map(([month, count]) => ({ month, count })).sort((a, b) => a.month.localeCompare(b.month));
}
