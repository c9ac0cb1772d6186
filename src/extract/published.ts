import { bylineDate, choosePublished, parseDate, urlDate, type DateCandidate, type DateKind } from '../core/article/date';

/**
 * Every place a publisher writes an article's date, read into candidates for `choosePublished`. Reads the DOM through
 * standard interfaces only, like the rest of extraction.
 */

/** Meta names and properties (lower-cased) that give the publication or the modification date. */
const META_KIND = new Map<string, DateKind>([
  ...[
    'article:published_time', 'og:published_time', 'og:article:published_time', 'article:published', 'datepublished',
    'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'published-date', 'date_published',
    'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued',
    'date', 'citation_publication_date', 'citation_date', 'article.published', 'article_date_original',
    'original-publish-date', 'originalpublicationdate', 'displaydate', 'cxenseparse:recs:publishtime',
  ].map((name) => [name, 'published' as const] as const),
  ...[
    'article:modified_time', 'og:updated_time', 'og:modified_time', 'article:modified', 'datemodified', 'last-modified',
    'lastmod', 'dc.date.modified', 'dcterms.modified', 'article.updated', 'sailthru.lastmodified', 'parsely-updated',
  ].map((name) => [name, 'modified' as const] as const),
]);

/** JSON-LD and microdata types that describe something embedded in the article, not the article. */
const EMBEDDED_TYPE = /(^|\/)(VideoObject|AudioObject|ImageObject|MediaObject|Clip|BroadcastEvent|Photograph|PodcastEpisode|Comment)$/i;

function metaCandidates(doc: Document, now: Date): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const meta of doc.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? meta.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = meta.getAttribute('content') ?? meta.getAttribute('value');
    if (key === 'parsely-page') {
      found.push(...parselyPage(content, now));
      continue;
    }
    const kind = META_KIND.get(key);
    if (!kind) continue;
    // A <meta itemprop> belongs to the item around it: microdata, judged with the rest of the article's markup.
    if (meta.hasAttribute('itemprop') && !meta.hasAttribute('name') && !meta.hasAttribute('property')) continue;
    const day = parseDate(content, now);
    if (day) found.push({ day, kind, source: 'meta' });
  }
  return found;
}

/** Parse.ly's older tag: a JSON object with `pub_date`. */
function parselyPage(content: string | null, now: Date): DateCandidate[] {
  try {
    const value = JSON.parse(content ?? '') as unknown;
    if (value && typeof value === 'object' && 'pub_date' in value) {
      const day = parseDate(String((value as { pub_date: unknown }).pub_date), now);
      if (day) return [{ day, kind: 'published', source: 'meta' }];
    }
  } catch {
    // Not JSON: the page's own mistake; other sources remain.
  }
  return [];
}

function jsonLdText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonLdText);
  if (value && typeof value === 'object' && '@value' in value) return jsonLdText((value as { '@value': unknown })['@value']);
  return [];
}

function jsonLdTypes(record: Record<string, unknown>): string[] {
  return jsonLdText(record['@type']);
}

function jsonLdCandidates(doc: Document, now: Date): DateCandidate[] {
  const found: DateCandidate[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (jsonLdTypes(record).some((t) => EMBEDDED_TYPE.test(t))) return;
    for (const [field, kind] of [['datePublished', 'published'], ['dateModified', 'modified']] as const) {
      for (const text of jsonLdText(record[field])) {
        const day = parseDate(text, now);
        if (day) found.push({ day, kind, source: 'json-ld' });
      }
    }
    // The article itself may sit in a graph or be the page's main entity; a video or an author's page elsewhere
    // in the object is not walked.
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) if (key in record) walk(record[key]);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem; other date sources remain.
    }
  }
  return found;
}

function itemType(el: Element): string {
  return el.closest('[itemscope]')?.getAttribute('itemtype') ?? '';
}

function microdataCandidates(doc: Document, inArticle: (el: Element) => boolean, now: Date): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const el of doc.querySelectorAll('[itemprop]')) {
    const prop = (el.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/);
    const kind: DateKind | undefined = prop.includes('datepublished') ? 'published' : prop.includes('datemodified') ? 'modified' : undefined;
    if (!kind || !inArticle(el) || EMBEDDED_TYPE.test(itemType(el))) continue;
    const day = parseDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('value') ?? el.textContent, now);
    if (day) found.push({ day, kind, source: 'microdata' });
  }
  return found;
}

const MODIFIED_HINT = /updated|modified|revised/i;

function timeCandidates(root: Element, inArticle: (el: Element) => boolean, now: Date): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const time of root.querySelectorAll('time[datetime]')) {
    if (time.hasAttribute('itemprop') || !inArticle(time)) continue;
    const day = parseDate(time.getAttribute('datetime'), now);
    if (!day) continue;
    const hints = `${time.getAttribute('class') ?? ''} ${time.parentElement?.getAttribute('class') ?? ''} ${time.parentElement?.textContent ?? ''}`;
    const kind = MODIFIED_HINT.test(hints) ? 'modified' : 'published';
    found.push({ day, kind, source: 'time' });
    // The first publication date of the article's markup is its own; later ones belong to what it tells.
    if (kind === 'published') break;
  }
  return found;
}

/** Short elements of the article that read as a date alone, as bylines write them. */
function bylineCandidates(root: Element, inArticle: (el: Element) => boolean, now: Date): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const el of root.querySelectorAll('div, span, p, time, small, li, address, dd')) {
    const text = el.textContent ?? '';
    if (text.length > 120 || !inArticle(el)) continue;
    const date = bylineDate(text, now);
    if (date) found.push({ day: date.day, kind: date.kind, source: 'byline' });
  }
  return found;
}

function pageUrls(doc: Document): string[] {
  const urls = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  const own = doc.location?.href ?? doc.URL;
  if (own && /^https?:/.test(own)) urls.unshift(own);
  return urls.filter((u): u is string => !!u);
}

function urlCandidates(doc: Document, now: Date): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const url of pageUrls(doc)) {
    const day = urlDate(new URL(url, doc.baseURI && /^https?:/.test(doc.baseURI) ? doc.baseURI : 'https://example.invalid/').href, now);
    if (day) found.push({ day, kind: 'published', source: 'url' });
  }
  return found;
}

/** The article's publication date, `YYYY-MM-DD`, with where it came from; null when no source gives one. */
export function findPublishedDate(doc: Document, root: Element, inArticle: (el: Element) => boolean, now: Date = new Date()): DateCandidate | null {
  const fromPage = [...metaCandidates(doc, now), ...jsonLdCandidates(doc, now), ...urlCandidates(doc, now)];
  if (fromPage.some((c) => c.kind === 'published')) return choosePublished(fromPage);
  const fromMarkup = [...microdataCandidates(doc, inArticle, now), ...timeCandidates(root, inArticle, now)];
  const candidates = [...fromPage, ...fromMarkup];
  if (candidates.some((c) => c.kind === 'published')) return choosePublished(candidates);
  return choosePublished([...candidates, ...bylineCandidates(root, inArticle, now)]);
}
