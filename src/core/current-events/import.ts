import type { Pack } from '../dataset/pack';
import type { Event } from '../dataset/types';
import { MAX_SUMMARY } from '../dataset/validate';
import type { Engine } from '../engine';
import { dayPageTitle, dayPageUrl, type PortalItem } from './portal';

/** Turns portal items into a pack of events whose entities our matcher recognises in the text. */

export const PORTAL_LICENSE = 'CC BY-SA 4.0';
export const PORTAL_ATTRIBUTION =
  'Event text from Wikipedia contributors, "Portal:Current events" (https://en.wikipedia.org/wiki/Portal:Current_events), ' +
  'licensed CC BY-SA 4.0; sentences longer than 240 characters are shortened, marked with "…". Entities recognised by Backstory.';

/** Shortens at a word boundary, marking the cut; the portal's own words are otherwise kept as they are. */
export function shorten(text: string, max = MAX_SUMMARY): string {
  if ([...text].length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

export interface ImportResult {
  pack: Pack;
  /** Items left out because no entity of ours was recognised in them. */
  skipped: number;
}

export function importPortal(items: readonly PortalItem[], engine: Engine, opts: { name: string; created: string }): ImportResult {
  const events: Event[] = [];
  const perDay = new Map<string, number>();
  let skipped = 0;
  for (const item of items) {
    const n = (perDay.get(item.date) ?? 0) + 1;
    perDay.set(item.date, n);
    const entities = [...new Set(engine.scan([item.text]).mentions.map((m) => m.entity))];
    if (entities.length === 0) {
      skipped++;
      continue;
    }
    const url = dayPageUrl(item.date);
    const title = dayPageTitle(item.date);
    const sources = item.outlets.length ? item.outlets.map((outlet) => ({ outlet, title, url })) : [{ title, url }];
    const event: Event = { id: `ce-${item.date}-${String(n).padStart(3, '0')}`, date: item.date, summary: shorten(item.text), entities, sources };
    if (item.story) event.story = shorten(item.story, 200);
    events.push(event);
  }
  return {
    pack: {
      format: 'backstory-pack',
      version: 1,
      name: opts.name,
      created: opts.created,
      license: PORTAL_LICENSE,
      attribution: PORTAL_ATTRIBUTION,
      entities: [],
      events,
    },
    skipped,
  };
}
