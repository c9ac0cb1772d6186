/** The text position under a point, with the standard API where the browser has it. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null }).caretRangeFromPoint?.(x, y);
  return legacy ? { node: legacy.startContainer, offset: legacy.startOffset } : undefined;
}

/** Whether a point lies on a range's text, not merely nearest to it (the caret snaps to the closest character). */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}

type HitTesting = HighlightRegistry & { highlightsFromPoint?(x: number, y: number): HighlightHit[] };

/**
 * The ranges of `highlight` under a point, from the browser's own hit-testing (Chromium 136+); undefined where the
 * API is missing, so the caller falls back to the caret.
 */
export function highlightRangesAt(highlight: Highlight, x: number, y: number): AbstractRange[] | undefined {
  const registry = CSS.highlights as HitTesting;
  if (typeof registry.highlightsFromPoint !== 'function') return undefined;
  return registry.highlightsFromPoint(x, y).find((hit) => hit.highlight === highlight)?.ranges ?? [];
}
