import type { MentionView } from '../core/views';
import { MAX_MENTIONS } from '../messages';
import type { Block } from '../extract/reading';

/** A mention placed on the page: its DOM range and the entity it names. */
export interface PlacedMention {
  entity: string;
  range: Range;
}

/** Maps a mention's block offsets to a DOM Range over the block's text nodes. */
function toRange(doc: Document, block: Block, start: number, end: number): Range | undefined {
  const at = (offset: number, preferNext: boolean) => {
    // Last piece starting at or before the offset; at a boundary, the start of a range belongs to the next node.
    // A binary search: a block may hold tens of thousands of text nodes, each with a mention.
    const pieces = block.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = pieces[mid]!.start;
      if (s < offset || (s === offset && preferNext)) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const piece = pieces[found];
    return piece ? { node: piece.node, offset: Math.min(offset - piece.start, piece.node.length) } : undefined;
  };
  const a = at(start, true);
  const b = at(end, false);
  if (!a || !b) return undefined;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

export function placeMentions(doc: Document, blocks: readonly Block[], mentions: readonly MentionView[]): PlacedMention[] {
  const placed: PlacedMention[] = [];
  for (const m of mentions) {
    if (placed.length >= MAX_MENTIONS) break;
    const block = blocks[m.segment];
    if (!block || block.text.slice(m.start, m.end).length !== m.end - m.start) continue;
    const range = toRange(doc, block, m.start, m.end);
    if (range) placed.push({ entity: m.entity, range });
  }
  return placed;
}

/** The mention whose text holds a DOM position (the caret under the pointer, the selection's focus). */
export function mentionAt(placed: readonly PlacedMention[], node: Node, offset: number): PlacedMention | undefined {
  for (const m of placed) {
    if (!m.range.intersectsNode(node)) continue;
    try {
      if (m.range.comparePoint(node, offset) === 0) return m;
    } catch {
      // A node from another document or a detached one: not ours.
    }
  }
  return undefined;
}
