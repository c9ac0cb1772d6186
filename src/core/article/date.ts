/** Publication dates as the page gives them, reduced to the calendar day the publisher wrote. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The first candidate that reads as a date, as `YYYY-MM-DD`; null when none does. */
export function parsePublished(candidates: readonly (string | null | undefined)[]): string | null {
  for (const raw of candidates) {
    const value = raw?.trim();
    if (!value) continue;
    // Keep the publisher's own day: "2025-08-22T23:30:00-05:00" was published on the 22nd where it was written.
    const iso = ISO_DAY.exec(value);
    if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31) {
      return `${iso[1]}-${iso[2]}-${iso[3]}`;
    }
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString().slice(0, 10);
  }
  return null;
}

export type Relation = 'before' | 'after';

/**
 * Whether an event (`YYYY-MM-DD` or `YYYY-MM`) came before the article or after it. Events of the article's own
 * day, or of its month when only the month is known, led up to it.
 */
export function relationTo(eventDate: string, published: string): Relation {
  const reference = eventDate.length === 7 ? published.slice(0, 7) : published;
  return eventDate <= reference ? 'before' : 'after';
}

/** Days between two dates; a month-only date counts as the 15th. */
export function daysBetween(a: string, b: string): number {
  const toMs = (d: string) => Date.parse(d.length === 7 ? `${d}-15` : d);
  return Math.abs(toMs(a) - toMs(b)) / 86_400_000;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
