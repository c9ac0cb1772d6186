/** Publication dates as the page gives them, reduced to the calendar day the publisher wrote. */

/** The first year a news page on the web can have been published in; earlier dates are page furniture or typos. */
const FIRST_YEAR = 1990;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** `2019-10-09`, `2019/10/09`, `2019.10.09`, optionally followed by a time: never a signed or six-digit year. */
const NUMERIC = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/;
/** `20191009` or `20191009T...`: the compact ISO form some meta tags use. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
/** "Oct 9, 2019", "October 9th 2019". */
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'i');
/** "9 October 2019", "9 Oct. 2019". */
const DAY_FIRST = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, 'i');
/** A weekday written before the date ("Tuesday, Nov. 29, 2016"). */
const WEEKDAY = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i;

function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The latest publication day still believable: one year after `now`, to allow for clocks and time zones. */
function latestDay(now: Date): string {
  const limit = new Date(now.getTime());
  limit.setUTCFullYear(limit.getUTCFullYear() + 1);
  return limit.toISOString().slice(0, 10);
}

/**
 * One date as written by a publisher, as `YYYY-MM-DD`, or null when it is not a date or falls outside 1990 to one
 * year from `now`. The day is the one the publisher wrote: "2025-08-22T23:30:00-05:00" was published on the 22nd
 * where it was written, so the time and its zone are not applied.
 */
export function parseDate(raw: string | null | undefined, now: Date = new Date()): string | null {
  const value = raw?.trim().replace(WEEKDAY, '');
  if (!value) return null;
  let day: string | null = null;
  let match: RegExpExecArray | null;
  if ((match = NUMERIC.exec(value))) day = isoDay(Number(match[1]), Number(match[3]), Number(match[4]));
  else if ((match = COMPACT.exec(value))) day = isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  else if ((match = MONTH_FIRST.exec(value))) day = isoDay(Number(match[3]), MONTHS[match[1]!.toLowerCase()]!, Number(match[2]));
  else if ((match = DAY_FIRST.exec(value))) day = isoDay(Number(match[3]), MONTHS[match[2]!.toLowerCase()]!, Number(match[1]));
  if (!day || Number(day.slice(0, 4)) < FIRST_YEAR || day > latestDay(now)) return null;
  return day;
}

/** The first candidate that reads as a date, as `YYYY-MM-DD`; null when none does. */
export function parsePublished(candidates: readonly (string | null | undefined)[], now: Date = new Date()): string | null {
  for (const raw of candidates) {
    const day = parseDate(raw, now);
    if (day) return day;
  }
  return null;
}

/** A date in a URL path: `/2016/11/29/`, `/2016-11-29/`. A year and month alone say too little. */
const URL_DATE = /\/((?:19|20)\d{2})([/-])(\d{1,2})\2(\d{1,2})(?=[/\-_.]|$)/;

export function urlDate(url: string, now: Date = new Date()): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = URL_DATE.exec(path);
  if (!match) return null;
  const day = isoDay(Number(match[1]), Number(match[3]), Number(match[4]));
  return day && parseDate(day, now);
}

/**
 * A short line that is only a date, perhaps after "Published" or "Updated" and before a time: the date a byline
 * shows the reader. Longer text is prose, where a date is about something else.
 */
const BYLINE = /^(?:(first\s+published|published|posted|created|last\s+updated|last\s+modified|updated|modified)\s*(?:on|at)?\s*:?\s*)?(.+)$/i;
const BYLINE_TAIL = /^(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?|\s*\(?[A-Z]{2,5}\)?|\s*[|·•])*\s*$/i;

export function bylineDate(text: string, now: Date = new Date()): { day: string; kind: DateKind } | null {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > 80) return null;
  const match = BYLINE.exec(line);
  if (!match) return null;
  const rest = match[2]!.replace(WEEKDAY, '');
  const date = [NUMERIC, MONTH_FIRST, DAY_FIRST].map((re) => re.exec(rest)).find((m) => m);
  if (!date || !BYLINE_TAIL.test(rest.slice(date[0].length))) return null;
  const day = parseDate(date[0], now);
  if (!day) return null;
  return { day, kind: /updated|modified/i.test(match[1] ?? '') ? 'modified' : 'published' };
}

export type DateKind = 'published' | 'modified';

/** Where a date was found, from the most to the least trustworthy. */
export type DateSource = 'meta' | 'json-ld' | 'url' | 'microdata' | 'time' | 'byline';

export interface DateCandidate {
  day: string;
  kind: DateKind;
  source: DateSource;
}

/**
 * Sources a publisher writes for machines about the page itself (meta tags, JSON-LD, the URL) are read together; the
 * article's markup (microdata, `<time>`) and then its visible byline only when those say nothing, since teasers for
 * other stories carry the same markup.
 */
/** Sources the reader sees on the page. */
const VISIBLE: readonly DateSource[] = ['time', 'byline'];

const TIERS: readonly (readonly DateSource[])[] = [['meta', 'json-ld', 'url'], ['microdata', 'time'], ['byline']];

/**
 * The publication date among every candidate: the earliest publication date of the most trustworthy tier that has
 * one, since a page is first published and then modified and republished. A modification date stands in only when
 * no source gives a publication date and the page shows it to the reader ("Updated: Oct 9, 2019"): the article is
 * then read as of the date it shows. A modification date only machines see says too little to place events.
 */
export function choosePublished(candidates: readonly DateCandidate[]): DateCandidate | null {
  for (const tier of TIERS) {
    const found = candidates.filter((c) => c.kind === 'published' && tier.includes(c.source));
    if (found.length) return earliest(found);
  }
  const shown = candidates.filter((c) => VISIBLE.includes(c.source));
  return shown.length ? earliest(shown) : null;
}

function earliest(candidates: readonly DateCandidate[]): DateCandidate {
  return candidates.reduce((a, b) => (b.day < a.day ? b : a));
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
