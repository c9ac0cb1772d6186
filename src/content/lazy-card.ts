import { CARD_MODULE_KEY } from '../bundles';
import type { Card } from '../core/views';
import type { Theme } from '../ui/Card';
import { send } from '../send';
import type { CardHost, createCardHost } from './card/host';
import { HOST_ATTRIBUTE } from './card/host-attribute';

/**
 * The card's host as the page sees it from the start, with the card's code (preact, Floating UI, the card and its
 * styles, most of our bytes) loaded only when a reader first reaches for a card: most pages are read without one.
 * The host element is made when a card is first wanted (most pages never make it); it enters the page with the real
 * host.
 */
export interface LazyCardHost extends CardHost {
  /** Starts loading the card's code, so it arrives while the card's data is on its way. */
  prepare(): void;
}

interface CardModule {
  createCardHost: typeof createCardHost;
}

const loaded = (): CardModule | undefined => (globalThis as { [key: symbol]: CardModule | undefined })[Symbol.for(CARD_MODULE_KEY)];

/** The worker injects the card script into this frame; it leaves its module where `loaded()` finds it. */
async function loadCardModule(): Promise<CardModule> {
  const present = loaded();
  if (present) return present;
  await send('loadCard', {});
  const module = loaded();
  if (!module) throw new Error('Backstory: the card script ran but left no card module');
  return module;
}

export function createLazyCardHost(doc: Document, onClose: () => void): LazyCardHost {
  let element: HTMLElement | undefined;
  const made = (): HTMLElement => {
    if (!element) {
      element = doc.createElement('div');
      element.setAttribute(HOST_ATTRIBUTE, '');
    }
    return element;
  };
  let real: CardHost | undefined;
  let loading: Promise<CardHost | undefined> | undefined;
  let pending: { card: Card; anchor: Range; focus: boolean } | undefined;
  let destroyed = false;
  let theme: Theme = 'auto';

  const load = (): Promise<CardHost | undefined> => {
    loading ??= loadCardModule().then(
      (module) => {
        if (destroyed) return undefined;
        real = module.createCardHost(doc, onClose, theme, made());
        return real;
      },
      (error: unknown) => {
        // Leave the page as it is; the next hover tries again.
        console.warn('Backstory: cannot load the card:', error);
        loading = undefined;
        return undefined;
      },
    );
    return loading;
  };

  return {
    get element() {
      return made();
    },
    isHost: (node) => element !== undefined && node === element,
    prepare: () => void load(),
    show(card, anchor, { focus }) {
      if (real) return real.show(card, anchor, { focus });
      pending = { card, anchor, focus };
      void load().then((host) => {
        if (!host || !pending) return;
        const { card: c, anchor: a, focus: f } = pending;
        pending = undefined;
        host.show(c, a, { focus: f });
      });
    },
    hide() {
      pending = undefined;
      real?.hide();
    },
    isOpen: () => (real ? real.isOpen() : pending !== undefined),
    inUse: () => real?.inUse() ?? false,
    setTheme(next) {
      theme = next;
      real?.setTheme(next);
    },
    destroy() {
      destroyed = true;
      pending = undefined;
      real?.destroy();
      element?.remove();
    },
  };
}
