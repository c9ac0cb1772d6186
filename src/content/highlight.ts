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

export function drawHighlights(placed: readonly PlacedMention[]): { setActive(m: PlacedMention | undefined): void; destroy(): void } {
  if (!supportsHighlights()) return { setActive() {}, destroy() {} };
  CSS.highlights.set(MENTION_HIGHLIGHT, new Highlight(...placed.map((m) => m.range)));
  const active = new Highlight();
  CSS.highlights.set(ACTIVE_HIGHLIGHT, active);
  return {
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
