import type { EntityType } from '../core/dataset/types';
import type { HighlightScope } from '../core/settings';
import type { Card, MentionView } from '../core/views';
import { DATE_MODULE_KEY } from '../bundles';
import { readArticleSteps, type Block } from '../extract/reading';
import { MAX_MENTIONS, type ScanChangesResult } from '../messages';
import { extensionAlive, send } from '../send';
import type { Theme } from '../core/settings';
import { drawHighlights } from './highlight';
import { startHover, type HoverController } from './hover';
import type { DateModule } from './date-entry';
import { createLazyCardHost } from './lazy-card';
import { placeMentions, type PlacedMention } from './mentions';
import { withRetry } from './retry';
import { createSlicer, runSliced } from './slices';
import { diffBlocks, type TrackedBlock } from './tracked-blocks';
import { watchPage } from './watch';

/** Everything Backstory does on one page, owned by one object: `destroy()` undoes all of it. */
export interface Session {
  /** The card for the name at the selection or text cursor, with focus in it. */
  openAtSelection(): Promise<boolean>;
  /** Scrolls to a mention (the first of `entity`, or the next/previous one), marks it and opens its card with focus. */
  reveal(target: { entity: string } | { step: 1 | -1 }): Promise<boolean>;
  /** Which mentions are drawn (the entity types shown, all mentions or the first of each) and the hover delay. */
  setView(view: SessionView): void;
  /** The page's publication date, looked for on the first call (the worker asks when the popup needs it). */
  findDate(): string | null;
  destroy(): void;
}

export interface SessionView {
  entityTypes: readonly EntityType[];
  highlightScope: HighlightScope;
  hoverDelayMs: number;
  /** The card's theme on the page, as the options set it. */
  theme: Theme;
}

export interface SessionOptions {
  doc: Document;
  view: SessionView;
  /** The page was reached without a page load (the popup says so while it is read). */
  navigated: boolean;
  /** The page now shows another address: the owner starts a new session for it. */
  onNavigate(): void;
}

/** Text beyond this is not read: a hostile or endless page must not cost the reader's memory. */
export const MAX_ARTICLE_CHARS = 2_000_000;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** The blocks within the budget: the one that crosses it is cut at a word's end, not dropped (one huge text node is a page too). */
export function withinBudget(blocks: readonly Block[], budget = MAX_ARTICLE_CHARS): Block[] {
  let left = budget;
  const kept: Block[] = [];
  for (const b of blocks) {
    if (b.text.length <= left) {
      kept.push(b);
      left -= b.text.length;
      continue;
    }
    // A cut inside a name could leave a shorter name that means something else: cut at the last space, where the
    // text has spaces, and never inside a surrogate pair.
    let end = b.text.lastIndexOf(' ', left);
    if (end <= 0) end = left - (isHighSurrogate(b.text.charCodeAt(left - 1)) ? 1 : 0);
    if (end > 0) kept.push({ text: b.text.slice(0, end), pieces: b.pieces.filter((p) => p.start < end) });
    break;
  }
  return kept;
}

/** Mentions placed between two looks at the clock: a few dozen ranges take well under a millisecond. */
const PLACE_STEP = 64;

interface Mention extends PlacedMention {
  key: number;
}

export function startSession({ doc, view: initialView, navigated, onNavigate }: SessionOptions): Session {
  const controller = new AbortController();
  const { signal } = controller;
  let view = initialView;
  let tracked: TrackedBlock[] = [];
  let nextKey = 1;
  let fresh = true;
  const mentions = new Map<number, Mention[]>();
  const types = new Map<string, EntityType>();
  let shown: Mention[] = [];
  let revealed: Mention | undefined;
  const highlights = drawHighlights([]);
  let hover: HoverController | undefined;
  let hoverController: AbortController | undefined;
  const host = createLazyCardHost(doc, () => hover?.close());
  host.setTheme(initialView.theme);
  const cards = new Map<string, Promise<Card | null>>();
  /**
   * The page's date, looked for once, when a card or the popup first needs it (the worker asks): most pages are read
   * without either, and the scan does not use it. Undefined until then.
   */
  let published: string | null | undefined;
  let articleRoot: Element | undefined;
  /**
   * Asked by the worker (`findDate`) before it answers a card or the page's summary, once it has injected the date
   * script (its code is not in this script: most pages never need it); null before the page was read.
   */
  const findDate = (): string | null => {
    const dates = (globalThis as { [key: symbol]: DateModule | undefined })[Symbol.for(DATE_MODULE_KEY)];
    if (published === undefined && articleRoot && dates) published = dates.findPublished(doc, articleRoot).published;
    return published ?? null;
  };

  const fetchCard = (entity: string) => {
    let card = cards.get(entity);
    if (!card) {
      host.prepare();
      card = send('card', { entity }).catch(() => {
        // The extension was updated or removed under this page: leave the page as it was.
        if (!extensionAlive()) session.destroy();
        cards.delete(entity);
        return null;
      });
      cards.set(entity, card);
    }
    return card;
  };

  /** Draws the mentions the reader's view keeps, in reading order, and points hover at them. */
  const redraw = () => {
    const all = [...mentions.values()].flat().sort((a, b) => a.key - b.key || a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    const firsts = new Set<string>();
    shown = all.filter((m) => {
      const type = types.get(m.entity);
      if (type && !view.entityTypes.includes(type)) return false;
      if (view.highlightScope === 'first') {
        if (firsts.has(m.entity)) return false;
        firsts.add(m.entity);
      }
      return true;
    });
    highlights.mentions?.clear();
    for (const m of shown) highlights.mentions?.add(m.range);
    // Hover learns the new mentions; an open card stays open unless its own name is gone.
    hoverController?.abort();
    hoverController = new AbortController();
    signal.addEventListener('abort', () => hoverController?.abort(), { once: true });
    hover = startHover({ doc, placed: shown, host, fetchCard, setActive: highlights.setActive, highlight: highlights.mentions, signal: hoverController.signal, restMs: view.hoverDelayMs });
  };

  let running = false;
  let again = false;
  /** Reads what changed since the last pass and sends only that; one pass at a time, a change during one runs another. */
  const sync = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await syncOnce();
      } while (again && !signal.aborted);
    } finally {
      running = false;
    }
  };

  const syncOnce = async () => {
    // In slices that give the page its turn: on a huge page the read and the drawing would be one long task.
    const slicer = createSlicer();
    // The date is left for when a card or the popup needs it: the scan does not use it.
    const article = await runSliced(readArticleSteps(doc), slicer, signal);
    articleRoot = article.root;
    const blocks = withinBudget(article.blocks);
    const diff = diffBlocks(fresh ? [] : tracked, blocks, () => nextKey++);
    if (!fresh && diff.added.length === 0 && diff.removed.length === 0) return;
    const page = { url: location.href, title: article.title, published: published ?? null };
    const undated = published === undefined;
    // The first request also says that the page starts being read (the popup shows it so until the answer).
    const added = diff.added.map((b) => ({ key: b.key, text: b.block.text }));
    const removed = diff.removed.map((b) => b.key);
    let result: ScanChangesResult = await withRetry(() => send('scanChanges', { page, fresh, added, removed, undated, ...(fresh ? { reading: { navigated } } : {}) }), { signal });
    if (result.lost) {
      // A restarted worker: it gets the whole page again.
      result = await withRetry(() => send('scanChanges', { page, fresh: true, added: diff.kept.map((b) => ({ key: b.key, text: b.block.text })), removed: [], undated }), { signal });
      if (result.lost) return;
      mentions.clear();
      diff.added = diff.kept;
    }
    if (signal.aborted) return;
    fresh = false;
    tracked = diff.kept;
    for (const b of diff.removed) mentions.delete(b.key);
    for (const e of result.entities) types.set(e.id, e.type);
    const found = new Map<number, MentionView[]>();
    for (const { key, ...m } of result.mentions) {
      // Pushed, not copied: a block may hold tens of thousands of mentions.
      const list = found.get(key);
      if (list) list.push({ ...m, segment: 0 });
      else found.set(key, [{ ...m, segment: 0 }]);
    }
    // The answer's blocks are taken in now, so that what is drawn never mixes two reads; only the ranges are made in
    // slices. The page may change between slices: its change is another read, which replaces what is placed here.
    slicer.restart();
    for (const b of diff.added) {
      const list = found.get(b.key);
      if (!list) continue;
      const placed: Mention[] = [];
      mentions.set(b.key, placed);
      for (let i = 0; i < list.length && placed.length < MAX_MENTIONS; i += PLACE_STEP) {
        for (const p of placeMentions(doc, [b.block], list.slice(i, i + PLACE_STEP))) placed.push({ ...p, key: b.key });
        if (slicer.due()) {
          await slicer.pause();
          if (signal.aborted) return;
        }
      }
      if (placed.length === 0) mentions.delete(b.key);
    }
    if (revealed && !mentions.get(revealed.key)?.some((m) => m.range === revealed!.range)) revealed = undefined;
    redraw();
  };

  const run = () =>
    sync().catch(() => {
      // The worker could not be reached even after retries: leave the page as it is; the next change tries again.
      if (!extensionAlive()) session.destroy();
    });

  const revealMention = async (m: Mention): Promise<boolean> => {
    // The open card goes first: scrolling its name away would close it later and cancel the card opening here.
    hover?.close();
    revealed = m;
    const element = m.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    highlights.setActive(m);
    // Hover opens the card for the name at the selection, with focus in it and a way back on close.
    const selection = doc.getSelection();
    selection?.setBaseAndExtent(m.range.startContainer, m.range.startOffset, m.range.startContainer, m.range.startOffset);
    return hover ? hover.openAtSelection() : false;
  };

  const session: Session = {
    openAtSelection: async () => (hover ? hover.openAtSelection() : false),
    async reveal(target) {
      if (shown.length === 0) return false;
      if ('entity' in target) {
        const m = shown.find((x) => x.entity === target.entity);
        return m ? revealMention(m) : false;
      }
      const at = revealed ? shown.indexOf(revealed) : -1;
      const next = at < 0 ? (target.step > 0 ? 0 : shown.length - 1) : (at + target.step + shown.length) % shown.length;
      return revealMention(shown[next]!);
    },
    findDate,
    setView(next) {
      view = next;
      host.setTheme(next.theme);
      redraw();
    },
    destroy() {
      if (signal.aborted) return;
      controller.abort();
      highlights.destroy();
      host.destroy();
    },
  };

  watchPage({
    doc,
    // By identity: a page can put our host's attribute on its own elements (even <body>) to hide its changes.
    ignore: (node) => host.isHost(node),
    onChange: () => void run(),
    onNavigate,
    signal,
  });
  void run();
  return session;
}
