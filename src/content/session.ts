import type { Card } from '../core/views';
import { extractArticle } from '../extract/article';
import { send } from '../send';
import { createCardHost } from './card/host';
import { drawHighlights } from './highlight';
import { startHover, type HoverController } from './hover';
import { placeMentions } from './mentions';

/** Everything Backstory does on one page, owned by one object: `destroy()` undoes all of it. */
export interface Session {
  openAtSelection(): Promise<boolean>;
  destroy(): void;
}

export async function startSession(doc: Document): Promise<Session> {
  const controller = new AbortController();
  const cleanups: (() => void)[] = [() => controller.abort()];
  const session: Session & { hover?: HoverController } = {
    openAtSelection: async () => (session.hover ? session.hover.openAtSelection() : false),
    destroy() {
      while (cleanups.length) cleanups.pop()!();
    },
  };
  const article = extractArticle(doc);
  if (article.blocks.length === 0) return session;
  const { mentions } = await send('scan', {
    page: { url: location.href, title: article.title, published: article.published },
    blocks: article.blocks.map((b) => b.text),
  });
  if (controller.signal.aborted || mentions.length === 0) return session;

  const placed = placeMentions(doc, article.blocks, mentions);
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
      if (!card) cards.set(entity, (card = send('card', { entity })));
      return card;
    },
    setActive: highlights.setActive,
    highlight: highlights.mentions,
    signal: controller.signal,
  });
  return session;
}
