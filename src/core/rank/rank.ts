import { daysBetween } from '../article/date';
import type { EventFacts } from '../dataset/types';

/**
 * Which events matter for this page. An event earns most for each other entity of the page it involves, weighed by
 * how much the page is about that entity (on the demo article, Kim Jong Un's events with Russia, Putin or Kursk come
 * first); that credit fades with the event's distance in time from the article, since a name shared with an event
 * years away is most often a different story. Events of the page's own stories (those several well-supported events
 * belong to) are lifted and pass the relevance floor, and anything far below the best is left out.
 */

export interface PageContext {
  /** Entity index → how many times the page mentions it. */
  counts: ReadonlyMap<number, number>;
  /** The largest of `counts`: the page's subject. */
  maxCount: number;
  /** `YYYY-MM-DD`: the article's date, or today when the page gives none. */
  reference: string;
  /**
   * Whether one entity is the other's country or stands for it (Putin and Russia). Such a pair says one thing, not
   * two: an event of Putin's always involves Russia, so Russia on the page tells nothing more about it.
   */
  belongs(a: number, b: number): boolean;
}

export interface Scored {
  event: number;
  score: number;
}

const WEIGHT = { coMention: 4, subject: 2, focusOnly: 0.5, story: 2, importance: 0.5 } as const;
/** Half of what time can take away is gone at this distance from the article. */
const HALF_LIFE_DAYS = 365;
/** What is left of an event's credit far from the article: old or later events still count, for much less. */
const DISTANT = 0.2;
/** A story is the page's when its support (see `pageStories`) reaches this share of the best-supported story's. */
const STORY_SHARE = 0.5;
/** Below this share of the best event's score, an event is not shown as related: fewer items beat wrong ones. */
const RELATIVE_FLOOR = 0.35;

/** 1 on the article's day, falling towards `DISTANT` years away. */
function closeness(event: EventFacts, reference: string): number {
  return DISTANT + (1 - DISTANT) * Math.pow(0.5, daysBetween(event.date, reference) / HALF_LIFE_DAYS);
}

/**
 * What a page entity adds to an event that involves it: its share of the page's mentions, so the subject counts most.
 * A name said once adds nothing: it is in passing.
 */
function salience(e: number, ctx: PageContext): number {
  const count = ctx.counts.get(e);
  return count && count >= SALIENT_MENTIONS ? count / ctx.maxCount : 0;
}

/**
 * The page entities an event involves beside `focus`, a person and their own country counting once (the more
 * salient of the two stands for both), and nothing that belongs with `focus` itself.
 */
function distinctOnPage(eventEntities: readonly number[], ctx: PageContext, focus: number | undefined): number[] {
  const kept: number[] = [];
  const onPage = eventEntities.filter((e) => ctx.counts.has(e) && e !== focus && (focus === undefined || !ctx.belongs(e, focus)));
  for (const e of onPage.sort((a, b) => ctx.counts.get(b)! - ctx.counts.get(a)!)) if (!kept.some((k) => ctx.belongs(k, e))) kept.push(e);
  return kept;
}

/** What an event shares with the page beside `focus`, faded by its distance in time from the article. */
function shared(event: EventFacts, eventEntities: readonly number[], ctx: PageContext, focus: number | undefined): number {
  let sum = 0;
  // Every page entity counts here, a leader and their country both (the page named both); the floors above count
  // them as one.
  for (const e of eventEntities) {
    if (e === focus || (focus !== undefined && ctx.belongs(e, focus))) continue;
    const s = salience(e, ctx);
    sum += WEIGHT.coMention * s + (s === 1 ? WEIGHT.subject : 0); // the entity the page mentions most counts extra
  }
  // A landmark counts more, as much as it shares with the page and no more: importance alone is not relevance.
  return sum * closeness(event, ctx.reference) * (1 + WEIGHT.importance * ((event.importance ?? 1) - 1));
}

/** A page entity counts as salient when the page names it at least this often: once is in passing. */
export const SALIENT_MENTIONS = 2;

/**
 * The relevance floor of an entity's events: beside the entity itself, an event must involve a salient entity of
 * the page, or two of its entities named in passing, other than the entity's own country or people. An event that shares only one passing name (a country named once)
 * is not coverage of this article.
 */
export function closelyRelated(eventEntities: readonly number[], ctx: PageContext, focus: number | undefined): boolean {
  const others = distinctOnPage(eventEntities, ctx, focus);
  return others.length >= 2 || (others.length === 1 && ctx.counts.get(others[0]!)! >= SALIENT_MENTIONS);
}

/**
 * Whether an event connects two or more of the page's entities, one of them salient, a person and their own country
 * counting as one: what the page's related coverage is made of. Two names said once each are not a connection.
 */
function connects(eventEntities: readonly number[], ctx: PageContext): boolean {
  const distinct = distinctOnPage(eventEntities, ctx, undefined);
  return distinct.length >= 2 && ctx.counts.get(distinct[0]!)! >= SALIENT_MENTIONS;
}

/** Whether an event involves two or more of the page's salient entities (a person and their country as one). */
function strong(eventEntities: readonly number[], ctx: PageContext): boolean {
  return distinctOnPage(eventEntities, ctx, undefined).filter((e) => ctx.counts.get(e)! >= SALIENT_MENTIONS).length >= 2;
}

/**
 * The stories the page is about, as the dataset tells them: stories with two or more events that involve two of the
 * page's salient entities, whose support comes near the best story's. A story's support is the credit of its
 * second-best such event, so that a long story with many distant events does not outweigh a short one close to the
 * article, and one event alone does not make a story the page's.
 */
export function pageStories(candidateIds: readonly number[], events: readonly EventFacts[], eventEntities: readonly (readonly number[])[], ctx: PageContext): Set<string> {
  const credits = new Map<string, number[]>();
  for (const i of candidateIds) {
    const story = events[i]!.story;
    if (!story || !strong(eventEntities[i]!, ctx)) continue;
    const credit = shared(events[i]!, eventEntities[i]!, ctx, undefined);
    const list = credits.get(story);
    if (list) list.push(credit);
    else credits.set(story, [credit]);
  }
  const support = [...credits].flatMap(([story, c]) => (c.length >= 2 ? [[story, c.sort((a, b) => b - a)[1]!] as const] : []));
  const best = Math.max(0, ...support.map(([, s]) => s));
  return new Set(support.filter(([, s]) => s >= STORY_SHARE * best).map(([story]) => story));
}

/** Best first, then newest first; anything far below the best is dropped. */
function settle(scored: Scored[], events: readonly EventFacts[]): Scored[] {
  scored.sort((a, b) => b.score - a.score || events[b.event]!.date.localeCompare(events[a.event]!.date));
  const top = scored[0]?.score ?? 0;
  return scored.filter((s) => s.score >= RELATIVE_FLOOR * top);
}

/**
 * An entity's events above the relevance floor, best first for this page: those that involve a salient page entity
 * or two passing ones (`closelyRelated`), and those of the page's own stories.
 */
export function rankForEntity(
  focus: number,
  eventIds: readonly number[],
  events: readonly EventFacts[],
  eventEntities: readonly (readonly number[])[],
  ctx: PageContext,
  stories: ReadonlySet<string>,
): Scored[] {
  const scored: Scored[] = [];
  for (const event of eventIds) {
    const inStory = stories.has(events[event]!.story ?? '');
    if (!inStory && !closelyRelated(eventEntities[event]!, ctx, focus)) continue;
    const score = WEIGHT.focusOnly * closeness(events[event]!, ctx.reference) + shared(events[event]!, eventEntities[event]!, ctx, focus) + (inStory ? WEIGHT.story : 0);
    scored.push({ event, score });
  }
  return settle(scored, events);
}

/**
 * The page's related coverage, best first: events that involve two or more of the page's salient entities, or that
 * belong to the page's stories and connect two of its entities. One salient entity beside names said in passing is
 * not coverage of this page.
 */
export function rankForPage(
  candidateIds: readonly number[],
  events: readonly EventFacts[],
  eventEntities: readonly (readonly number[])[],
  ctx: PageContext,
  stories: ReadonlySet<string>,
): Scored[] {
  const scored: Scored[] = [];
  for (const event of candidateIds) {
    const inStory = stories.has(events[event]!.story ?? '');
    if (!(inStory ? connects(eventEntities[event]!, ctx) : strong(eventEntities[event]!, ctx))) continue;
    const score = shared(events[event]!, eventEntities[event]!, ctx, undefined) + (inStory ? WEIGHT.story : 0);
    scored.push({ event, score });
  }
  return settle(scored, events);
}
