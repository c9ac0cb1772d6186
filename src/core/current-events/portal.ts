/**
 * The Wikipedia Current Events portal, one day at a time, as exported to YAML (`Date`, `Source_URI`,
 * `Intelligence_Payload`: category → list of strings). A list holds topic headers (usually Wikipedia article titles)
 * and event sentences that end with the outlets they cite in parentheses.
 */

export interface PortalItem {
  date: string;
  /** The header above the item: the story it belongs to. */
  story?: string;
  category: string;
  /** The sentence, without its cited outlets. */
  text: string;
  outlets: string[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The portal's page for a day: `https://en.wikipedia.org/wiki/Portal:Current_events/2025_August_22`. */
export function dayPageUrl(date: string): string {
  const [y, m, d] = date.split('-');
  return `https://en.wikipedia.org/wiki/Portal:Current_events/${y}_${MONTHS[Number(m) - 1]}_${Number(d)}`;
}

export function dayPageTitle(date: string): string {
  const [y, m, d] = date.split('-');
  return `Wikipedia Current Events, ${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** One cited outlet at the end of an item: "(Reuters)"; older days separate them with commas: "(AP), (BBC)". */
const TRAILING_GROUP = /\s*\(([^()]{1,80})\)[\s,]*$/;

/** Splits the cited outlets off the end of a sentence: "... (Reuters) (AP)" → ["Reuters", "AP"]. */
export function splitOutlets(item: string): { text: string; outlets: string[] } {
  let text = item.trim();
  const outlets: string[] = [];
  for (let m = TRAILING_GROUP.exec(text); m; m = TRAILING_GROUP.exec(text)) {
    // A sentence ends before its citations; "(pictured)" inside a sentence is not an outlet.
    const before = text.slice(0, m.index).replace(/[\s,]+$/, '');
    if (!/[.!?"”')\]]$/.test(before) && outlets.length === 0) break;
    outlets.unshift(m[1]!.trim());
    text = before;
  }
  return { text, outlets };
}

function isEventSentence(item: string): boolean {
  const { text, outlets } = splitOutlets(item);
  return outlets.length > 0 || /[.!?]["”']?$/.test(text);
}

/** Words too common to tie an item to a header. */
const COMMON = new Set(['the', 'and', 'with', 'from', 'that', 'this', 'into', 'over', 'after', 'their', 'which', 'between', 'against', 'about', 'during', 'relations', 'election', 'elections', 'general', 'national', 'international', 'court', 'criminal', 'investigation', 'pandemic', 'crisis', 'conflict', 'party', 'council', 'protests', 'attack', 'attacks', 'united', 'states', 'republic', 'president', 'government']);

/** The first five letters of each word of four or more letters: "Ukrainian" and "Ukraine" share "ukrai". */
function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').split(/[^\p{L}]+/u)) {
    if (w.length >= 4 && !COMMON.has(w)) out.add(w.slice(0, 5));
  }
  return out;
}

/**
 * Whether an item belongs to the header above it. The export flattened the portal's nesting: an item at the top level
 * that follows a header's items reads as if it were under that header ("2021 Myanmar coup d'état", then a boat sinking
 * off Colombia). The first item after a header is the header's; a later one only when it shares a word with it.
 */
function underHeader(text: string, story: string, first: boolean): boolean {
  if (first) return true;
  const words = stems(text);
  for (const w of stems(story)) if (words.has(w)) return true;
  return false;
}

/** The items of one day's file; headers become the `story` of the items under them. */
export function parsePortalDay(raw: unknown): PortalItem[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const day = raw as { Date?: unknown; Intelligence_Payload?: unknown };
  const date = typeof day.Date === 'string' ? day.Date : day.Date instanceof Date ? day.Date.toISOString().slice(0, 10) : undefined;
  if (!date || typeof day.Intelligence_Payload !== 'object' || day.Intelligence_Payload === null) return [];
  const items: PortalItem[] = [];
  for (const [category, list] of Object.entries(day.Intelligence_Payload as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    let story: string | undefined;
    let first = false;
    for (const entry of list) {
      if (typeof entry !== 'string' || !entry.trim()) continue;
      const s = entry.replace(/\s+/g, ' ').trim();
      if (!isEventSentence(s)) {
        story = s;
        first = true;
        continue;
      }
      const { text, outlets } = splitOutlets(s);
      const item: PortalItem = { date, category, text, outlets };
      if (story && underHeader(text, story, first)) item.story = story;
      first = false;
      items.push(item);
    }
  }
  return items;
}
