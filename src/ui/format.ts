/** Dates as a reader says them: "22 Aug 2025", or "Aug 2025" when only the month is known. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

export function sourceLabel(source: { outlet?: string; title?: string; url: string }): string {
  if (source.title) return source.title;
  if (source.outlet) return source.outlet;
  try {
    return new URL(source.url).hostname;
  } catch {
    return source.url;
  }
}
