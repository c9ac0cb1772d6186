/**
 * The article's text as one string, blocks separated by a blank line, and the way back from a block offset to an
 * offset in that string. The command-line scanner reports offsets into this text.
 */
export const BLOCK_SEPARATOR = '\n\n';

export function joinBlocks(blocks: readonly string[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  blocks.forEach((block, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    offsets.push(text.length);
    text += block;
  });
  return { text, offsets };
}
