import type { Relation } from './article/date';
import type { EntityType, Source } from './dataset/types';
import type { Reason } from './resolve/resolve';

/** What the engine hands to the card, the popup and the scanner: plain data, safe to post between contexts. */

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface EntityView extends EntityRef {
  description: string;
  /** A link a reader can follow to learn more, built only from the entity's Wikipedia title. */
  url?: string;
}

export interface EventView {
  id: string;
  date: string;
  summary: string;
  story?: string;
  entities: EntityRef[];
  sources: Source[];
  relation: Relation;
}

export interface MentionView {
  segment: number;
  start: number;
  end: number;
  entity: string;
  reason: Reason;
}

export interface PageEntity extends EntityView {
  count: number;
}

/** How many events the dataset holds in one month (`YYYY-MM`). */
export interface MonthCount {
  month: string;
  count: number;
}

export interface Card {
  entity: EntityView;
  /** The date the split is made at: the article's, or today's when the page gives none. */
  reference: string;
  published: string | null;
  /** Newest first. */
  before: EventView[];
  since: EventView[];
  /** The newest event date in the dataset (bundled and packs): how current the data is. */
  asOf: string;
  /** Every event the dataset holds for the entity, counted per month, oldest first: the timeline strip. */
  history: MonthCount[];
  /**
   * Whether `before`/`since` are coverage closely related to the page. False: nothing passed the relevance floor, and
   * they hold the entity's own latest events instead.
   */
  related: boolean;
}

export interface PageSummary {
  url: string;
  title: string;
  published: string | null;
  entities: PageEntity[];
  before: EventView[];
  since: EventView[];
  /** The date the dataset runs to: nothing later is known. */
  asOf?: string;
  /** Every event of every entity found on the page, counted per month, oldest first: the popup's timeline strip. */
  history?: MonthCount[];
}

export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2F/g, '/').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%28/g, '(').replace(/%29/g, ')').replace(/%27/g, "'")}`;
}
