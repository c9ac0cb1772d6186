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
  /** The largest of `counts`: the page's subject. */
  maxCount: number;
  /** `YYYY-MM-DD`: the article's date, or today when the page gives none. */
  reference: string;
}

export interface Scored {
  event: number;
  score: number;
}

const WEIGHT = { coMention: 4, subject: 2, focusOnly: 1, story: 1.5, recency: 0.5, importance: 1 } as const;
/** Half of the recency credit is gone at this distance from the article. */
const RECENCY_HALF_LIFE_DAYS = 120;

/** 1 on the article's day, ½ a half-life away: closeness multiplies what an event shares with the page. */
function closeness(event: Event, reference: string): number {
  return Math.pow(0.5, daysBetween(event.date, reference) / RECENCY_HALF_LIFE_DAYS);
}

/**
 * What a page entity adds to an event that involves it: more for what the page is about. The square root of its share
 * of the page's mentions, so the subject counts most, but a name said once still counts.
 */
function salience(e: number, ctx: PageContext): number {
  const count = ctx.counts.get(e);
  return count ? Math.sqrt(count / ctx.maxCount) : 0;
}

function coMentions(event: Event, eventEntities: readonly number[], ctx: PageContext, focus: number | undefined): number {
  let shared = 0;
  let subject = 0;
  for (const e of eventEntities) {
    if (e === focus) continue;
    const s = salience(e, ctx);
    shared += WEIGHT.coMention * s;
    if (s === 1) subject = WEIGHT.subject; // the entity the page mentions most
  }
  return (shared + subject) * (1 + WEIGHT.recency * closeness(event, ctx.reference)) + WEIGHT.importance * ((event.importance ?? 1) - 1);
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

/** A page entity counts as salient when the page names it at least this often: once is in passing. */
export const SALIENT_MENTIONS = 2;

/**
 * The relevance floor of a card's events: beside the card's own entity, an event must involve a salient entity of
 * the page, or two of its entities named in passing. An event that shares only one passing name (a country named once)
 * is not coverage of this article.
 */
export function closelyRelated(eventEntities: readonly number[], ctx: PageContext, focus: number): boolean {
  let passing = 0;
  for (const e of eventEntities) {
    if (e === focus) continue;
    const count = ctx.counts.get(e) ?? 0;
    if (count >= SALIENT_MENTIONS) return true;
    if (count > 0 && ++passing >= 2) return true;
  }
  return false;
}
