/**
 * Finds a news page's article: its main text as blocks of text nodes, and its title. It reads the DOM through the
 * standard interfaces only, so the content script runs it on the live page and the command-line scanner on a parsed
 * file, and both see the same text. The date is `./article.ts`'s: the content script does not carry it (ADR 25).
 */

export interface TextPiece {
  node: Text;
  /** Offset of the node's first character in its block's text. */
  start: number;
}

export interface Block {
  text: string;
  pieces: TextPiece[];
}

const SKIP_TAGS = new Set([
  'NAV', 'ASIDE', 'FORM', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP', 'DATALIST', 'BUTTON', 'LABEL', 'FIELDSET',
  'OUTPUT', 'METER', 'PROGRESS', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'VIDEO', 'AUDIO', 'TRACK', 'HEAD', 'MENU', 'DIALOG', 'CODE', 'PRE',
]);
const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'TD', 'TH', 'DD', 'DT', 'DIV', 'SECTION',
  'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'UL', 'OL', 'TABLE', 'TR', 'FIGURE', 'BR', 'HR', 'ADDRESS', 'DETAILS', 'SUMMARY',
]);
/**
 * Roles of page furniture and controls: menus, lists of options, toolbars, tabs, dialogs, the site's banner and
 * footer, complementary regions, and the widgets of players (sliders, switches).
 */
const SKIP_ROLES = new Set([
  'navigation', 'search', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'listbox', 'option',
  'combobox', 'toolbar', 'tablist', 'tab', 'dialog', 'alertdialog', 'tooltip', 'banner', 'contentinfo', 'complementary',
  'form', 'slider', 'switch', 'radiogroup', 'radio', 'checkbox', 'button', 'spinbutton', 'scrollbar', 'tree', 'grid',
]);
/** Elements whose classes describe the page, not furniture ("has-sidebar" on <body>). */
const CONTAINERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
/**
 * Class or id words of page furniture inside an article: sharing and follow bars, promos, related links, comments,
 * menus and toolbars, and media players with their caption and font settings. A word counts where it stands between
 * spaces, `_` or `-` (or the ends), in any case.
 */
const FURNITURE_WORDS = new Set([
  'share', 'sharing', 'social', 'follow', 'related', 'recommend', 'comment', 'comments', 'promo', 'advert',
  'advertisement', 'ad', 'ads', 'newsletter', 'subscribe', 'signup', 'paywall', 'outbrain', 'taboola', 'breadcrumb',
  'breadcrumbs', 'tags', 'trending', 'sidebar', 'menu', 'dropdown', 'toolbar', 'player', 'vjs', 'jw', 'modal', 'popover',
]);
/** Furniture named by two words joined by a hyphen (and only by a hyphen). */
const FURNITURE_PAIRS = new Set(['more-stories', 'read-more', 'most-read', 'video-js']);

/** Whether a character separates class and id words: `_`, `-`, or what `\s` matches in a regular expression. */
function separates(code: number): boolean {
  if (code === 0x5f || code === 0x2d || code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Whether class and id words name page furniture. Looked up word by word rather than with one case-insensitive
 * regular expression of all the words: compiling that expression (twice, as V8 tiers it up) cost more on an article
 * page than every lookup of the page together, and it was paid on every page (ADR 25). Lower-casing first matches
 * what the expression's `i` flag matched: no other character lower-cases into one of these words' letters.
 */
export function furnitureMarks(marks: string): boolean {
  const text = marks.toLowerCase();
  // Each word from its start to the next separator (or the end); `pair` is the word before it when a hyphen joined them.
  let start = 0;
  let pair: string | undefined;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !separates(text.charCodeAt(i))) continue;
    const word = text.slice(start, i);
    if (FURNITURE_WORDS.has(word) || (pair !== undefined && FURNITURE_PAIRS.has(`${pair}-${word}`))) return true;
    pair = text.charCodeAt(i) === 0x2d ? word : undefined;
    start = i + 1;
  }
  return false;
}
/** Inline styles that hide an element from the reader. */
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;
/** Lists and tables made mostly of links are menus and link lists, not article text. */
const LINK_LISTS = new Set(['UL', 'OL', 'DL', 'TABLE']);
const LINK_DENSITY = 0.6;

/**
 * Whether an element is edited rather than read: the live page answers `isContentEditable` (which follows
 * inheritance and every spelling of the attribute); a parsed document, which has no editing, is read by the attribute.
 */
function editable(el: Element): boolean {
  const value = el.getAttribute('contenteditable')?.trim().toLowerCase();
  // "false" makes a readable island; some DOM implementations outside browsers get this one wrong.
  if (value === 'false') return false;
  const live = (el as Partial<HTMLElement>).isContentEditable;
  if (typeof live === 'boolean') return live;
  return value !== undefined && ['', 'true', 'plaintext-only'].includes(value);
}

/**
 * Whether the live page hides an element from the reader by its style sheets (`display: none`, `visibility: hidden`,
 * `content-visibility: hidden`): its text is not read. A parsed document has no layout and reads everything.
 */
function hiddenByStyle(el: Element): boolean {
  const check = (el as Partial<HTMLElement>).checkVisibility;
  if (typeof check !== 'function' || check.call(el, { visibilityProperty: true })) return false;
  // `display: contents` has no box of its own, yet shows its children.
  return el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents';
}

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked / total;
}

function skipped(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (SKIP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
  if (editable(el)) return true;
  const role = el.getAttribute('role')?.trim().toLowerCase();
  if (role && SKIP_ROLES.has(role)) return true;
  // Most elements have no inline style: the expression is not even compiled on a page without one.
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  if (CONTAINERS.has(tag)) return false;
  if (LINK_LISTS.has(tag) && linkDensity(el) > LINK_DENSITY) return true;
  const marks = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return marks.length > 1 && furnitureMarks(marks);
}

/** How often the stepwise walks below offer to stop: often enough for slices of a few milliseconds, rarely enough to cost nothing. */
const STEP_EVERY = 32;

/**
 * A walk in steps: it yields where it may be interrupted, and is told on resuming whether the page had its turn
 * meanwhile (and so may have changed).
 */
export type Steps<T> = Generator<void, T, boolean | undefined>;

/** Runs a stepwise walk to its end at once: the scanner and the tests have no page to give a turn to. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The element holding the article: the container with the most paragraph text, widened to its `<article>`. */
export function findArticleRoot(doc: Document): Element {
  return drain(findArticleRootSteps(doc));
}

/** `findArticleRoot`, yielding now and then so that a caller can give the page its turn on a huge page. */
export function* findArticleRootSteps(doc: Document): Steps<Element> {
  const body = doc.body ?? doc.documentElement;
  const explicit = [...doc.querySelectorAll('[itemprop="articleBody"], article')];
  const scores = new Map<Element, number>();
  const hasSkippedAncestor = skippedAncestry();
  let seen = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (++seen % STEP_EVERY === 0) yield;
    if (hasSkippedAncestor(p)) continue;
    const length = (p.textContent ?? '').trim().length;
    if (length < 40) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + length / 2);
  }
  let best: Element | undefined;
  let bestScore = 0;
  for (const [el, score] of scores) if (score > bestScore) [best, bestScore] = [el, score];
  if (!best) return (explicit[0] as Element | undefined) ?? body;
  // Take in the headline and standfirst when the text sits in an <article> (or a main region) around it.
  const wider = best.closest('article, [itemprop="articleBody"], main, [role="main"]');
  return wider ?? best;
}

/**
 * Whether an element or one of its ancestors is skipped, remembering each ancestor's answer: asked for every
 * element of a page nested thousands deep, walking each one's ancestry anew would be quadratic.
 */
export function skippedAncestry(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let answer = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const cached = known.get(e);
      if (cached !== undefined) {
        answer = cached;
        break;
      }
      path.push(e);
      if (skipped(e)) {
        answer = true;
        break;
      }
    }
    // Below a skipped element everything is skipped; above it, nothing was learnt.
    for (const e of path) known.set(e, answer);
    return answer;
  };
}

/** The article's text, block by block, each block mapped back to the text nodes it came from. */
export function collectBlocks(root: Element): Block[] {
  return drain(collectBlocksSteps(root));
}

/** `collectBlocks`, yielding now and then (between two nodes, never inside a block's bookkeeping). */
export function* collectBlocksSteps(root: Element): Steps<Block[]> {
  let steps = 0;
  const blocks: Block[] = [];
  let current: Block = { text: '', pieces: [] };
  const flush = () => {
    if (current.text.trim()) blocks.push(current);
    current = { text: '', pieces: [] };
  };
  const isBlock = (node: Node) => node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName.toUpperCase());
  // A loop over the tree, not recursion: pages nest elements thousands deep, and layout forced from deep inside a
  // recursion (the style checks) can exhaust the renderer's own stack.
  let node: Node = root;
  for (;;) {
    // The page ran meanwhile and took away the node we stand on: the rest cannot be walked from here. What was read
    // is kept; the page's change itself brings another read.
    if (++steps % STEP_EVERY === 0 && (yield) && !root.contains(node)) {
      flush();
      return blocks;
    }
    if (node.nodeType === 3) {
      const text = node as Text;
      if (text.data) {
        current.pieces.push({ node: text, start: current.text.length });
        current.text += text.data;
      }
    } else if (node.nodeType === 1 && !skipped(node as Element) && !hiddenByStyle(node as Element)) {
      if (isBlock(node)) flush();
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (isBlock(node)) flush();
    }
    // On to the next sibling, or up to the first ancestor that has one, leaving each block on the way.
    for (;;) {
      if (node === root) {
        flush();
        return blocks;
      }
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode!;
      if (isBlock(node)) flush();
    }
  }
}

export function findTitle(doc: Document, root: Element): string {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const h1 = root.querySelector('h1')?.textContent?.trim() ?? doc.querySelector('h1')?.textContent?.trim();
  return og || h1 || doc.title.trim();
}

/** The article without its date: what the content script reads before its first highlight. */
export interface ArticleText {
  root: Element;
  title: string;
  blocks: Block[];
}

/**
 * The article's root, title and text, in steps: the content script runs it in slices, so a huge page never sees one
 * long task of ours. The date is not looked for: the content script looks for it only when a card or the popup needs
 * it (`findPublished`, which it gets from the date script, see `src/content/date-entry.ts`).
 */
export function* readArticleSteps(doc: Document): Steps<ArticleText> {
  const root = yield* findArticleRootSteps(doc);
  const title = findTitle(doc, root);
  yield;
  const blocks = yield* collectBlocksSteps(root);
  return { root, title, blocks };
}

