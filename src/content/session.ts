import browser from 'webextension-polyfill';
import type { Card } from '../core/views';
import { extractArticle } from '../extract/article';
import { send } from '../send';
import { createCardHost } from './card/host';
import { drawHighlights } from './highlight';
import { startHover, type HoverController } from './hover';
import { placeMentions } from './mentions';

/** Everything Backstory does on one page, owned by one object: `destroy()` undoes all of it. */
export interface Session {
  /** The article element read, if the page had one. */
  root: Element | undefined;
  openAtSelection(): Promise<boolean>;
  destroy(): void;
}

/** False once the extension has been updated, disabled or removed while this page stayed open. */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Text beyond this is not read: a hostile or endless page must not cost the reader's memory. */
export const MAX_ARTICLE_CHARS = 2_000_000;

function withinBudget<T extends { text: string }>(blocks: readonly T[]): T[] {
  let total = 0;
  const kept: T[] = [];
  for (const b of blocks) {
    total += b.text.length;
    if (total > MAX_ARTICLE_CHARS) break;
    kept.push(b);
  }
  return kept;
}

export async function startSession(doc: Document): Promise<Session> {
  const controller = new AbortController();
  const cleanups: (() => void)[] = [() => controller.abort()];
  const session: Session & { hover?: HoverController } = {
    root: undefined,
    openAtSelection: async () => (session.hover ? session.hover.openAtSelection() : false),
    destroy() {
      while (cleanups.length) cleanups.pop()!();
    },
  };
  const article = extractArticle(doc);
  session.root = article.root;
  const blocks = withinBudget(article.blocks);
  if (blocks.length === 0) return session;
  const { mentions } = await send('scan', {
    page: { url: location.href, title: article.title, published: article.published },
    blocks: blocks.map((b) => b.text),
  });
  if (controller.signal.aborted || mentions.length === 0) return session;

  const placed = placeMentions(doc, blocks, mentions);
  const highlights = drawHighlights(placed);
  cleanups.push(() => highlights.destroy());
  const host = createCardHost(doc, () => session.hover?.close());
  cleanups.push(() => host.destroy());
  const cards = new Map<string, Promise<Card | null>>();
  session.hover = startHover({
    doc,
    placed,
    host,
    fetchCard: (entity) => {
      let card = cards.get(entity);
      if (!card) {
        card = send('card', { entity }).catch(() => {
          // The extension was updated or removed under this page: leave the page as it was.
          if (!extensionAlive()) session.destroy();
          cards.delete(entity);
          return null;
        });
        cards.set(entity, card);
      }
      return card;
    },
    setActive: highlights.setActive,
    highlight: highlights.mentions,
    signal: controller.signal,
  });
  return session;
}
