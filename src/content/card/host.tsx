import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { Card as CardData } from '../../core/views';
import { Card, type Theme } from '../../ui/Card';
import { CARD_CSS } from '../../ui/card-css';
import { HOST_ATTRIBUTE } from './host-attribute';
import { nameInView } from './visibility';

/**
 * The one node Backstory adds to a page: a plain `div` (a page can register a custom element name, never redefine
 * `div`) with a closed shadow root that holds the card. The page's scripts and styles cannot reach inside, and
 * `destroy()` removes it.
 *
 * The card is anchored to its name with Floating UI: it follows the name while the page scrolls, resizes or moves it,
 * never leaves the window (it shrinks and scrolls inside), and closes when the name leaves the window or the page
 * removes it. While the reader's pointer or focus is in the card it stays put as the page changes around it. Below
 * `SHEET_BELOW_PX` of width it is a sheet along the bottom.
 */
export interface CardHost {
  show(card: CardData, anchor: Range, opts: { focus: boolean }): void;
  hide(): void;
  readonly element: HTMLElement;
  /** Whether `node` is the host element: asked on every change and pointer move, it never makes the element. */
  isHost(node: unknown): boolean;
  isOpen(): boolean;
  /** Whether the reader's pointer or focus is in the card: then a changing page must not take it away. */
  inUse(): boolean;
  setTheme(theme: Theme): void;
  destroy(): void;
}

export { HOST_ATTRIBUTE } from './host-attribute';
/** Narrower windows get the card as a bottom sheet: a 380 px card beside a name does not fit. */
export const SHEET_BELOW_PX = 480;
/** Space kept between the card and the window's edges. */
const EDGE_PX = 8;
const MAX_HEIGHT_PX = 480;
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Inline and `!important`: a page's stylesheet cannot hide, move or restyle the host. */
function place(host: HTMLElement, rules: Record<string, string>): void {
  for (const [name, value] of Object.entries(rules)) host.style.setProperty(name, value, 'important');
}

/** `host` is the element to use, when the content script made it before the card's code was loaded. */
export function createCardHost(doc: Document, onClose: () => void, initialTheme: Theme = 'auto', host: HTMLElement = doc.createElement('div')): CardHost {
  const win = doc.defaultView!;
  host.setAttribute(HOST_ATTRIBUTE, '');
  place(host, {
    position: 'fixed', top: '0', left: '0', right: 'auto', bottom: 'auto', width: 'auto', height: 'auto', margin: '0', padding: '0',
    border: '0', transform: 'none', opacity: '1', visibility: 'visible', 'z-index': '2147483647', display: 'none',
  });
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);

  let open = false;
  let pointerInside = false;
  let theme = initialTheme;
  let shown: { card: CardData; anchor: Range } | undefined;
  let stopFollowing: (() => void) | undefined;
  const cardElement = () => mount.querySelector<HTMLElement>('.card');
  const focusInside = () => shadow.activeElement !== null;
  const inUse = () => open && (pointerInside || focusInside());

  // The card is a dialog: Tab and Shift+Tab go round its own controls until Escape or its close button, so focus
  // never wanders into the page while the card stays open over it.
  mount.addEventListener('keydown', (e) => {
    const card = cardElement();
    if (e.key !== 'Tab' || !open || !card) return;
    const stops = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
    const active = shadow.activeElement;
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) {
      e.preventDefault();
      card.focus();
    } else if (e.shiftKey && (active === first || active === card)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  });
  host.addEventListener('pointerenter', () => (pointerInside = true));
  host.addEventListener('pointerleave', () => (pointerInside = false));

  const draw = (sheet: boolean) => {
    if (!shown) return;
    render(<Card key={shown.card.entity.id} card={shown.card} onClose={onClose} theme={theme} sheet={sheet} />, mount);
  };

  const follow = (anchor: Range) => {
    let sheet: boolean | undefined;
    const reference: VirtualElement = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
      // Lets Floating UI find the name's scrolling ancestors and notice when the page moves it.
      contextElement: anchor.startContainer.parentElement ?? undefined,
    };
    let placed = false;
    // A scroll is the reader's: the card follows (and closes once its name is out of view) even with the pointer in
    // it. Only a page changing by itself leaves a card in use where it is.
    let scrolled = false;
    const onScroll = () => (scrolled = true);
    win.addEventListener('scroll', onScroll, { capture: true, passive: true });
    const update = () => {
      if (!open) return;
      const boxes = anchor.getClientRects();
      // The page removed the name (a live page dropped its post): the card has nothing left to speak of.
      if (![...boxes].some((r) => r.width > 0 || r.height > 0)) {
        onClose();
        return;
      }
      // The reader's pointer or focus is in the card: it stays where it is while the page changes around it (a post
      // inserted above moves the name), so it neither jumps from under the pointer nor closes. It follows again
      // once the reader leaves it.
      const reading = placed && inUse() && !scrolled;
      scrolled = false;
      if (reading) return;
      if (!nameInView(boxes, win.innerWidth, win.innerHeight)) {
        onClose();
        return;
      }
      const narrow = win.innerWidth < SHEET_BELOW_PX;
      if (narrow !== sheet) {
        sheet = narrow;
        draw(narrow);
      }
      const card = cardElement();
      if (!card) return;
      if (narrow) {
        card.style.maxHeight = `${Math.round(win.innerHeight * 0.6)}px`;
        place(host, { left: '0', top: 'auto', bottom: '0', right: '0' });
        placed = true;
        return;
      }
      place(host, { right: 'auto', bottom: 'auto' });
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: EDGE_PX }),
          shift({ padding: EDGE_PX }),
          size({
            padding: EDGE_PX,
            apply({ availableHeight, availableWidth }) {
              card.style.maxHeight = `${Math.max(0, Math.min(MAX_HEIGHT_PX, Math.floor(availableHeight)))}px`;
              card.style.maxWidth = `${Math.max(0, Math.floor(availableWidth))}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        if (!open) return;
        place(host, { left: `${Math.round(x)}px`, top: `${Math.round(y)}px` });
        placed = true;
      });
    };
    // Every frame while open: a live page moves a name with no scroll or resize (and scroll anchoring hides the
    // move from observers); one range measurement per frame, only while a card is shown.
    const stop = autoUpdate(reference, host, update, { animationFrame: true });
    return () => {
      stop();
      win.removeEventListener('scroll', onScroll, { capture: true });
    };
  };

  const hide = () => {
    if (!open) return;
    stopFollowing?.();
    stopFollowing = undefined;
    render(null, mount);
    place(host, { display: 'none' });
    open = false;
    pointerInside = false;
    shown = undefined;
  };

  return {
    element: host,
    isHost: (node) => node === host,
    isOpen: () => open,
    inUse,
    show(card, anchor, { focus }) {
      stopFollowing?.();
      shown = { card, anchor };
      open = true;
      draw(win.innerWidth < SHEET_BELOW_PX);
      place(host, { display: 'block' });
      stopFollowing = follow(anchor);
      if (focus) cardElement()?.focus();
    },
    hide,
    setTheme(next) {
      theme = next;
      if (open) draw(win.innerWidth < SHEET_BELOW_PX);
    },
    destroy() {
      hide();
      render(null, mount);
      host.remove();
    },
  };
}
