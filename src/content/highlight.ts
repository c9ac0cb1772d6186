import { MAX_MENTIONS } from '../messages';
import type { PlacedMention } from './mentions';

/**
 * Draws mentions with the CSS Custom Highlight API: the ranges are registered with `CSS.highlights`, nothing is
 * wrapped or inserted, and removing the registration leaves the page exactly as it was.
 */
export const MENTION_HIGHLIGHT = 'backstory-mention';
export const ACTIVE_HIGHLIGHT = 'backstory-active';

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface DrawnHighlights {
  /** The registered highlight of all mentions, for hit-testing; undefined where the API is missing. */
  mentions: Highlight | undefined;
  setActive(m: PlacedMention | undefined): void;
  destroy(): void;
}

export function drawHighlights(placed: readonly PlacedMention[]): DrawnHighlights {
  if (!supportsHighlights()) return { mentions: undefined, setActive() {}, destroy() {} };
  // Added one by one: spreading tens of thousands of ranges into the constructor overflows the stack.
  const mentions = new Highlight();
  for (const m of placed.length > MAX_MENTIONS ? placed.slice(0, MAX_MENTIONS) : placed) mentions.add(m.range);
  CSS.highlights.set(MENTION_HIGHLIGHT, mentions);
  const active = new Highlight();
  CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
  return {
    mentions,
    setActive(m) {
      active.clear();
      if (m) active.add(m.range);
    },
    destroy() {
      CSS.highlights.delete(MENTION_HIGHLIGHT);
      CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    },
  };
}
