/**
 * Dates and numbers on the card as the reader's UI language writes them ("22 Aug 2025", "Aug 22, 2025",
 * "22 août 2025"; "1 234"): the same formatting as the popup and the options page.
 */
export { formatDay as formatDate, formatCount } from '../locale-format';

export function sourceLabel(source: { outlet?: string; title?: string; url: string }): string {
  if (source.title) return source.title;
  if (source.outlet) return source.outlet;
  try {
    return new URL(source.url).hostname;
  } catch {
    return source.url;
  }
}
