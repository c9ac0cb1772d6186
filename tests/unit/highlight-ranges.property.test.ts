import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { placeMentions } from '../../src/content/mentions';
import { collectBlocks, type Block } from '../../src/extract/article';
import { loadDataset } from '../../scripts/lib/load-dataset';

/**
 * Random article trees, random text and random mutations of the tree, read the way the content script reads them:
 * blocks of text nodes, scanned, and each mention mapped back to a DOM range. Every range covers exactly a name
 * (invisible characters inside it allowed), and the mutations lose no name the engine finds in the text the reader
 * sees. Seeded, so a failure reproduces.
 */
const NAMES = ['Kim Jong Un', 'Vladimir Putin', 'Volodymyr Zelenskyy', 'Pyongyang', 'Ukraine', 'Moscow'];
const FILLERS = ['the talks', 'on Monday', 'officials said', 'and then', 'after a long day'];
const SEPARATORS = ['. ', ', ', ' ', '; '];
const INVISIBLES = ['\u00AD', '\u200D', '\u200C', '\u2060', '\uFEFF'];
const INVISIBLE = /[\u00AD\u200C-\u200D\u2060\uFEFF]/g;
const INLINE = ['span', 'b', 'i', 'a', 'em'];
const BLOCKS = ['p', 'div', 'h2', 'li', 'blockquote'];

/** A range as placeMentions sets it: linkedom has no live ranges, so the test records their boundary points. */
class RecordedRange {
  startContainer!: Text;
  startOffset = 0;
  endContainer!: Text;
  endOffset = 0;
  setStart(node: Text, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Text, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
}

/** The text between a range's boundary points, read through the block's text nodes in order. */
function rangeText(block: Block, r: RecordedRange): string {
  let text = '';
  let inside = false;
  for (const { node } of block.pieces) {
    const from = node === r.startContainer ? r.startOffset : 0;
    if (node === r.startContainer) inside = true;
    if (!inside) continue;
    if (node === r.endContainer) return text + node.data.slice(from, r.endOffset);
    text += node.data.slice(from);
  }
  throw new Error('range end not in its block');
}

type Tree = { tag: string; children: Tree[] } | { text: string };

const word = fc.oneof(fc.constantFrom(...NAMES).map((n) => ({ name: n })), fc.constantFrom(...FILLERS).map((f) => ({ filler: f })));
const sentence = fc.array(fc.tuple(word, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([w, sep]) => ('name' in w ? w.name : w.filler) + sep).join(''));

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree; leaf: Tree }>((tie) => ({
  leaf: sentence.map((text) => ({ text })),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.record({ tag: fc.constantFrom(...INLINE, ...BLOCKS), children: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }),
  ),
})).node;

/** Mutations a live page makes: text nodes split, invisible characters typed in, empty elements inserted. */
const mutation = fc.record({ kind: fc.constantFrom('split', 'invisible', 'empty'), at: fc.nat(), offset: fc.nat(), pick: fc.nat() });

function build(doc: Document, t: Tree): Node {
  if ('text' in t) return doc.createTextNode(t.text);
  const el = doc.createElement(t.tag);
  for (const c of t.children) el.appendChild(build(doc, c));
  return el;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) out.push(n as Text);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return out;
}

function mutate(doc: Document, root: Element, m: { kind: string; at: number; offset: number; pick: number }): void {
  const nodes = textNodes(root);
  const node = nodes[m.at % nodes.length];
  if (!node || node.data.length < 2) return;
  const at = 1 + (m.offset % (node.data.length - 1));
  if (m.kind === 'split') {
    node.parentNode!.insertBefore(doc.createTextNode(node.data.slice(0, at)), node);
    node.data = node.data.slice(at);
  } else if (m.kind === 'invisible') node.data = node.data.slice(0, at) + INVISIBLES[m.pick % INVISIBLES.length] + node.data.slice(at);
  else node.parentNode!.insertBefore(doc.createElement(INLINE[m.pick % INLINE.length]!), node);
}

/** How often each name occurs in a block's text, read as the matcher reads it (invisible characters removed). */
function occurrences(text: string): number {
  const visible = text.replace(INVISIBLE, '');
  let count = 0;
  for (const name of NAMES) count += visible.split(name).length - 1;
  return count;
}

let engine: Engine;
// Compiling the whole dataset takes a while on a loaded machine.
beforeAll(() => {
  engine = new Engine(loadDataset());
}, 120_000);

describe('highlight ranges over random trees and mutations', () => {
  it('cover exactly the names, and every name', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.array(mutation, { maxLength: 12 }), (children, mutations) => {
        const { document } = parseHTML('<!doctype html><html><body><article></article></body></html>');
        const doc = document as unknown as Document;
        const article = doc.querySelector('article')!;
        for (const c of children) article.appendChild(build(doc, { tag: 'p', children: [c] }));
        for (const m of mutations) mutate(doc, article, m);
        const blocks = collectBlocks(article);
        const scan = engine.scan(blocks.map((b) => b.text));
        const recorder = { createRange: () => new RecordedRange() } as unknown as Document;
        const placed = placeMentions(recorder, blocks, scan.mentions);
        expect(placed.length).toBe(scan.mentions.length);
        placed.forEach((p, i) => {
          const block = blocks[scan.mentions[i]!.segment]!;
          const text = rangeText(block, p.range as unknown as RecordedRange);
          // Exactly the name's characters: no invisible character at either end, the name once they are removed.
          expect(text).not.toMatch(/^[\u00AD\u200C-\u200D\u2060\uFEFF]|[\u00AD\u200C-\u200D\u2060\uFEFF]$/);
          const name = text.replace(INVISIBLE, '');
          // A capital may stand for its country ("Pyongyang said"): the text is a name, the entity the engine's.
          expect(NAMES, `"${text}"`).toContain(name);
        });
        // Every name is covered that the engine finds in the same text as the reader sees it (invisible
        // characters gone): splits, invisible characters and empty elements change nothing that is found.
        const visible = engine.scan(blocks.map((b) => b.text.replace(INVISIBLE, '')));
        expect(placed.map((p) => p.entity)).toEqual(visible.mentions.map((m) => m.entity));
        // Never more ranges than names in the text.
        expect(placed.length).toBeLessThanOrEqual(blocks.reduce((n, b) => n + occurrences(b.text), 0));
      }),
      { numRuns: 100, seed: 20261206 },
    );
  }, 120_000);
});
