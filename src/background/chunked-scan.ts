import type { Engine, PageScan } from '../core/engine';
import type { MentionView, PageEntity } from '../core/views';
import { MAX_MENTIONS } from '../messages';

/**
 * A page's text scanned a chunk at a time, each chunk a slice of the scheduler. An article fits in one chunk and is
 * scanned exactly as a whole; a huge page is cut, at sentence or word ends, into chunks scanned on their own: a name
 * resolved by evidence in another chunk may then be missed, never linked wrongly (ADR 8).
 */
export const SCAN_CHUNK_CHARS = 40_000;
/** Text beyond this is not scanned, whatever a content script sends. */
export const MAX_SCAN_CHARS = 2_000_000;

interface Piece {
  block: number;
  offset: number;
  text: string;
}

/** Where to end a piece of at most `max` characters from `from`: after a sentence, else at a space, else anywhere but inside a surrogate pair. */
function cutAt(text: string, from: number, max: number): number {
  const limit = from + max;
  if (limit >= text.length) return text.length;
  const window = text.slice(from + Math.floor(max / 2), limit);
  const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'));
  if (sentence >= 0) return from + Math.floor(max / 2) + sentence + 1;
  const space = window.search(/\s\S*$/);
  if (space >= 0) return from + Math.floor(max / 2) + space + 1;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export function piecesOf(blocks: readonly string[], maxPiece: number, budget = MAX_SCAN_CHARS): Piece[] {
  const pieces: Piece[] = [];
  let left = budget;
  for (let block = 0; block < blocks.length && left > 0; block++) {
    const text = blocks[block]!.slice(0, left); // cut, not dropped, at the budget
    left -= text.length;
    for (let offset = 0; offset < text.length; ) {
      const end = cutAt(text, offset, maxPiece);
      pieces.push({ block, offset, text: text.slice(offset, end) });
      offset = end;
    }
  }
  return pieces;
}

export function* scanInChunks(
  engine: Pick<Engine, 'scan'>,
  blocks: readonly string[],
  chunkChars = SCAN_CHUNK_CHARS,
): Generator<void, Pick<PageScan, 'mentions' | 'entities'>, undefined> {
  const pieces = piecesOf(blocks, chunkChars);
  const mentions: MentionView[] = [];
  const entities = new Map<string, PageEntity>();
  for (let first = 0; first < pieces.length; ) {
    let last = first + 1;
    let size = pieces[first]!.text.length;
    while (last < pieces.length && size + pieces[last]!.text.length <= chunkChars) size += pieces[last++]!.text.length;
    const chunk = pieces.slice(first, last);
    const found = engine.scan(chunk.map((p) => p.text));
    for (const m of found.mentions) {
      if (mentions.length >= MAX_MENTIONS) break;
      const piece = chunk[m.segment]!;
      mentions.push({ ...m, segment: piece.block, start: m.start + piece.offset, end: m.end + piece.offset });
    }
    for (const e of found.entities) {
      const seen = entities.get(e.id);
      entities.set(e.id, seen ? { ...seen, count: seen.count + e.count } : e);
    }
    first = last;
    if (first < pieces.length) yield;
  }
  const ranked = [...entities.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { mentions, entities: ranked };
}
