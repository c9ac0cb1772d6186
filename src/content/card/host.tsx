import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { Card as CardData } from '../../core/views';
import { Card } from '../../ui/Card';
import { CARD_CSS } from '../../ui/card-css';

/**
 * The one node Backstory adds to a page: a host element with a closed shadow root that holds the card. The page's
 * scripts and styles cannot reach inside, and `destroy()` removes it.
 */
export interface CardHost {
  show(card: CardData, anchor: Range, opts: { focus: boolean }): void;
  hide(): void;
  readonly element: HTMLElement;
  isOpen(): boolean;
  destroy(): void;
}

export const HOST_TAG = 'backstory-card';

export function createCardHost(doc: Document, onClose: () => void): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', 'position: fixed; top: 0; left: 0; z-index: 2147483647; display: none;');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  const mount = doc.createElement('div');
  shadow.append(style, mount);
  doc.documentElement.append(host);
  let open = false;

  return {
    element: host,
    isOpen: () => open,
    show(card, anchor, { focus }) {
      render(<Card card={card} onClose={onClose} />, mount);
      host.style.display = 'block';
      open = true;
      const reference: VirtualElement = { getBoundingClientRect: () => anchor.getBoundingClientRect(), getClientRects: () => anchor.getClientRects() };
      void computePosition(reference, host, { strategy: 'fixed', placement: 'bottom-start', middleware: [offset(6), flip(), shift({ padding: 8 })] }).then(({ x, y }) => {
        host.style.left = `${x}px`;
        host.style.top = `${y}px`;
      });
      if (focus) (mount.querySelector('.card') as HTMLElement | null)?.focus();
    },
    hide() {
      if (!open) return;
      render(null, mount);
      host.style.display = 'none';
      open = false;
    },
    destroy() {
      render(null, mount);
      host.remove();
      open = false;
    },
  };
}
