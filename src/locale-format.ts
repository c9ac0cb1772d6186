import { uiLanguage } from './i18n';

/** Dates and numbers in the UI language ("22 août 2025", "1 234"), for the popup and the options page. */

/** A `YYYY-MM-DD` or `YYYY-MM` date; the calendar date as written, whatever the reader's time zone. */
export function formatDay(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return date;
  const at = new Date(Date.UTC(year, month - 1, day || 1));
  const options: Intl.DateTimeFormatOptions = day ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(uiLanguage(), options).format(at);
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(uiLanguage()).format(n);
}
