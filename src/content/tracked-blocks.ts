import type { Block } from '../extract/reading';

/**
 * Which of a page's text blocks are new since the last read. A block is the same block when it starts at the same
 * text node, has the same text and all its nodes are still in the page; anything else is a new block (and the old
 * one is gone), so an edited paragraph is read again and its old highlights dropped.
 */
export interface TrackedBlock {
  key: number;
  block: Block;
}

export interface BlockDiff {
  /** Every block of the page now, in reading order: the unchanged ones with their old keys, the new ones with new keys. */
  kept: TrackedBlock[];
  added: TrackedBlock[];
  removed: TrackedBlock[];
}

function unchanged(before: Block, now: Block): boolean {
  return before.text === now.text && before.pieces.length === now.pieces.length && before.pieces.every((p, i) => p.node === now.pieces[i]!.node && p.node.isConnected);
}

export function diffBlocks(previous: readonly TrackedBlock[], blocks: readonly Block[], newKey: () => number): BlockDiff {
  const byFirstNode = new Map<Text, TrackedBlock>();
  for (const t of previous) if (t.block.pieces[0]) byFirstNode.set(t.block.pieces[0].node, t);
  const kept: TrackedBlock[] = [];
  const added: TrackedBlock[] = [];
  const reused = new Set<TrackedBlock>();
  for (const block of blocks) {
    const old = block.pieces[0] ? byFirstNode.get(block.pieces[0].node) : undefined;
    if (old && !reused.has(old) && unchanged(old.block, block)) {
      reused.add(old);
      kept.push(old);
    } else {
      const t = { key: newKey(), block };
      kept.push(t);
      added.push(t);
    }
  }
  return { kept, added, removed: previous.filter((t) => !reused.has(t)) };
}
