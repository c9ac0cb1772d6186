import { daysBetween } from '../article/date';
import type { Event } from '../dataset/types';

/**
 * Which events matter for this page. An event earns most for each other entity of the page it involves (on the
 * demo article, Kim Jong Un's events with Russia, Putin or Kursk come first), then for sharing a story with the
 * page's best events, for closeness to the article's date, and for its importance.
 */

export interface PageContext {
  /** Entity index → how many times the page mentions it. */
  counts: ReadonlyMap<number, number>;
  /** `YYYY-MM-DD`: the article's date, or today when the page gives none. */
  reference: string;
}

export interface Scored {
  event: number;
  score: number;
}

const WEIGHT = { coMention: 4, focusOnly: 1, story: 1.5, recency: 3, importance: 1 } as const;
/** Half of the recency credit is gone at this distance from the article. */
const RECENCY_HALF_LIFE_DAYS = 120;

function recency(event: Event, reference: string): number {
  return WEIGHT.recency * Math.pow(0.5, daysBetween(event.date, reference) / RECENCY_HALF_LIFE_DAYS);
}

function coMentions(event: Event, eventEntities: readonly number[], ctx: PageContext, focus: number | undefined): number {
  let score = 0;
  for (const e of eventEntities) {
    if (e === focus) continue;
    const count = ctx.counts.get(e);
    if (count) score += WEIGHT.coMention * (1 + Math.log2(count) / 4);
  }
  return score + WEIGHT.importance * ((event.importance ?? 1) - 1) + recency(event, ctx.reference);
}

function storyBonus(scored: Scored[], events: readonly Event[]): void {
  // Stories that the page's best events belong to lift their other events.
  const top = [...scored].sort((a, b) => b.score - a.score).slice(0, 5);
  const stories = new Set(top.map((s) => events[s.event]!.story).filter((s): s is string => !!s));
  for (const s of scored) if (stories.has(events[s.event]!.story ?? '')) s.score += WEIGHT.story;
}

/** The events of one entity, best first for this page. */
export function rankForEntity(
  focus: number,
  eventIds: readonly number[],
  events: readonly Event[],
  eventEntities: readonly (readonly number[])[],
  ctx: PageContext,
): Scored[] {
  const scored = eventIds.map((event) => ({
    event,
    score: WEIGHT.focusOnly + coMentions(events[event]!, eventEntities[event]!, ctx, focus),
  }));
  storyBonus(scored, events);
  return scored.sort((a, b) => b.score - a.score || events[b.event]!.date.localeCompare(events[a.event]!.date));
}

/** Events that connect the page's entities, best first: one that involves a single page entity counts for little. */
export function rankForPage(
  candidateIds: readonly number[],
  events: readonly Event[],
  eventEntities: readonly (readonly number[])[],
  ctx: PageContext,
): Scored[] {
  const scored: Scored[] = [];
  for (const event of candidateIds) {
    const onPage = eventEntities[event]!.filter((e) => ctx.counts.has(e)).length;
    if (onPage < 2) continue;
    scored.push({ event, score: coMentions(events[event]!, eventEntities[event]!, ctx, undefined) });
  }
  storyBonus(scored, events);
  return scored.sort((a, b) => b.score - a.score || events[b.event]!.date.localeCompare(events[a.event]!.date));
}
