/** Rectangles as `Range.getClientRects()` gives them; kept structural so the rule is testable without a DOM. */
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * Whether any box of a name shows in the window. A name the page removed has no boxes; a collapsed range has
 * empty ones: neither is in view.
 */
export function nameInView(rects: Iterable<RectLike>, width: number, height: number): boolean {
  for (const r of rects) {
    if (r.width <= 0 && r.height <= 0) continue;
    if (r.bottom > 0 && r.top < height && r.right > 0 && r.left < width) return true;
  }
  return false;
}
