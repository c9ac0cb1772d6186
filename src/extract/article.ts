import type { DateSource } from '../core/article/date';
import { findPublishedDate } from './published';
import { drain, readArticleSteps, skippedAncestry, type ArticleText, type Steps } from './reading';

export * from './reading';

/**
 * A news page's article with its publication date: `./reading.ts` reads the text and the title, and this module adds
 * the date. The scanner and the tests read whole articles here; the content script reads the text alone, and gets
 * `findPublished` from the date script when a card or the popup needs the date (ADR 25).
 */

export interface Article extends ArticleText {
  /** The publication day, `YYYY-MM-DD`; null when the page gives none in range. */
  published: string | null;
  /** Where `published` was read; null with it. */
  publishedFrom: DateSource | null;
}

/**
 * The article with its headline: the root itself, or its nearest ancestor holding an `<h1>` when the page sets the
 * headline and byline above the body's container.
 */
function headed(root: Element): Element {
  if (root.querySelector('h1')) return root;
  for (let el = root.parentElement; el && !/^(BODY|HTML)$/i.test(el.tagName); el = el.parentElement) {
    if (el.querySelector('h1')) return el;
  }
  return root;
}

/** The publication date and where it was found; see `findPublishedDate`. */
export function findPublished(doc: Document, root: Element, now: Date = new Date()): { published: string | null; publishedFrom: DateSource | null } {
  // Markup in <head> describes the page; in the body, only what sits outside page furniture describes the article.
  const hasSkippedAncestor = skippedAncestry();
  const describesArticle = (el: Element) => el.closest('head') !== null || !hasSkippedAncestor(el);
  const found = findPublishedDate(doc, headed(root), describesArticle, now);
  return { published: found?.day ?? null, publishedFrom: found?.source ?? null };
}

export function extractArticle(doc: Document): Article {
  return drain(extractArticleSteps(doc));
}

/** `extractArticle` in steps (the date read from the page as it stands once the text is read). */
export function* extractArticleSteps(doc: Document): Steps<Article> {
  const text = yield* readArticleSteps(doc);
  return { ...text, ...findPublished(doc, text.root) };
}
