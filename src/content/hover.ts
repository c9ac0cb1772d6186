import type { Card } from '../core/views';
import type { CardHost } from './card/host';
import { mentionAt, type PlacedMention } from './mentions';
import { caretAt, highlightRangesAt, rangeContainsPoint } from './pointer';

/**
 * Opens the card when the pointer rests on a name, keeps it open while the pointer moves into it, and closes it on
 * Escape or when the pointer has left both. A few listeners on the document serve every mention.
 */

/** The pointer must rest this long on a name: shorter and cards flash up as the reader's pointer crosses the text. */
export const REST_MS = 300;
/** Grace to move from the name into the card (Page Previews uses the same). */
export const CLOSE_GRACE_MS = 300;

export interface HoverOptions {
  doc: Document;
  placed: readonly PlacedMention[];
  host: CardHost;
  fetchCard(entity: string): Promise<Card | null>;
  setActive(m: PlacedMention | undefined): void;
  /** The registered highlight of all mentions, when the browser has the API. */
  highlight: Highlight | undefined;
  signal: AbortSignal;
  /** The reader's hover delay from the options; `REST_MS` when not given. */
  restMs?: number;
}

export interface HoverController {
  /** Opens the card for the name at the selection or text cursor, with focus in it; false when there is none. */
  openAtSelection(): Promise<boolean>;
  close(): void;
}

export function startHover({ doc, placed, host, fetchCard, setActive, highlight, signal, restMs = REST_MS }: HoverOptions): HoverController {
  let hovered: PlacedMention | undefined;
  let shown: PlacedMention | undefined;
  let restTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let token = 0;
  let returnFocus: HTMLElement | null = null;

  const cancelClose = () => {
    clearTimeout(closeTimer);
    closeTimer = undefined;
  };
  const scheduleClose = () => {
    closeTimer ??= setTimeout(() => {
      closeTimer = undefined;
      // Focus in the card keeps it: a keyboard reader moving the pointer away is still reading it (Escape closes).
      if (!host.inUse()) close();
    }, CLOSE_GRACE_MS);
  };
  const clearTimers = () => {
    clearTimeout(restTimer);
    clearTimeout(closeTimer);
    cancelAnimationFrame(frame);
  };

  const close = () => {
    token++;
    cancelClose();
    host.hide();
    shown = undefined;
    setActive(hovered);
    if (returnFocus) {
      returnFocus.focus();
      returnFocus = null;
    }
  };

  // The card's own enter and leave, listened to once it may be shown: the host element is only made for a card.
  let listening = false;
  const listenToCard = () => {
    if (listening) return;
    listening = true;
    host.element.addEventListener('pointerenter', cancelClose, { signal });
    host.element.addEventListener('pointerleave', scheduleClose, { signal });
  };

  const open = async (m: PlacedMention, focus: boolean) => {
    listenToCard();
    const mine = ++token;
    const card = await fetchCard(m.entity);
    // A newer hover or a close happened while the card was on its way: drop this one.
    if (mine !== token || signal.aborted || !card) return;
    shown = m;
    setActive(m);
    host.show(card, m.range, { focus });
  };

  const byRange = new Map<AbstractRange, PlacedMention>(placed.map((m) => [m.range, m]));
  const mentionUnder = (x: number, y: number): PlacedMention | undefined => {
    // The browser's own hit-test of our highlight: no layout query and no search when the pointer is on plain text.
    const ranges = highlight ? highlightRangesAt(highlight, x, y) : undefined;
    if (ranges) return ranges.length ? byRange.get(ranges[0]!) : undefined;
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const m = mentionAt(placed, caret.node, caret.offset);
    return m && rangeContainsPoint(m.range, x, y) ? m : undefined;
  };

  const onMove = (x: number, y: number, target: EventTarget | null) => {
    if (host.isHost(target)) {
      cancelClose();
      return;
    }
    const m = mentionUnder(x, y);
    if (m !== hovered) {
      hovered = m;
      clearTimeout(restTimer);
      if (!shown) setActive(m);
      if (m && m !== shown) restTimer = setTimeout(() => void open(m, false), restMs);
    }
    if (m && m === shown) cancelClose();
    else if (host.isOpen()) scheduleClose();
  };

  doc.addEventListener(
    'pointermove',
    (e) => {
      // Only the reader's own pointer opens cards: a page's synthetic events must not drive them.
      if (!e.isTrusted) return;
      cancelAnimationFrame(frame);
      const { clientX, clientY, target } = e;
      frame = requestAnimationFrame(() => onMove(clientX, clientY, target));
    },
    { passive: true, capture: true, signal },
  );
  // Mentions drawn anew while a card is open: it keeps its enter and leave.
  if (host.isOpen()) listenToCard();
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && host.isOpen()) {
        close();
        e.stopPropagation();
      }
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    clearTimers();
    setActive(undefined);
  });

  return {
    async openAtSelection() {
      const selection = doc.getSelection();
      const node = selection?.focusNode;
      if (!selection || !node) return false;
      const m = mentionAt(placed, node, selection.focusOffset) ?? (selection.anchorNode ? mentionAt(placed, selection.anchorNode, selection.anchorOffset) : undefined);
      if (!m) return false;
      returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      await open(m, true);
      return true;
    },
    close,
  };
}
