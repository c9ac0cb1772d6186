import { MAX_MENTIONS } from '../../../src/messages';

/**
 * What each hostile page expects. One trap a page; the e2e loop (`tests/e2e/hostile-pages.test.ts`) opens every page
 * with the built extension and checks it against its entry here.
 */
export interface HostilePage {
  /** File name in this folder. */
  file: string;
  /** The trap, in a few words. */
  trap: string;
  /** Response headers beyond the default `text/html`. */
  headers?: Record<string, string>;
  /**
   * The text of every highlighted range once the page has settled, as a multiset (order free): exactly these, no
   * more. Pages with thousands of names give the count of each text instead.
   */
  highlights: readonly string[] | Readonly<Record<string, number>>;
  /** A name to rest the reader's (trusted) pointer on: its card must open. */
  hover?: string;
  /** The publication day Backstory stores for the page; left out when the page's date is not the trap. */
  published?: string | null;
}

const SHY = '\u00AD';

export const HOSTILE_PAGES: readonly HostilePage[] = [
  { file: 'array-push-throws.html', trap: 'Array.prototype.push throws', highlights: ['Pyongyang', 'Kim Jong Un', 'Vladimir Putin', 'Pyongyang', 'Ukraine'] },
  { file: 'array-map-empty.html', trap: 'Array.prototype.map/forEach lie', highlights: ['Moscow', 'Vladimir Putin', 'Pyongyang', 'Moscow', 'Kim Jong Un', 'Ukraine'] },
  {
    file: 'object-prototype-polluted.html',
    trap: 'Object.prototype polluted with message and mention fields',
    highlights: ['Vladivostok', 'Kim Jong Un', 'Vladivostok', 'Vladimir Putin', 'Ukraine', 'Pyongyang'],
    hover: 'Vladimir Putin',
  },
  { file: 'string-indexof-lies.html', trap: 'String.prototype.indexOf/normalize and RegExp.exec replaced', highlights: ['Pyongyang', 'Kim Jong Un', 'Seoul'] },
  {
    file: 'node-append-refuses.html',
    trap: 'Node.prototype.appendChild and friends refuse foreign nodes',
    highlights: ['Kursk', 'Russian', 'Kim Jong Un', 'Kursk region', 'Moscow'],
    hover: 'Kim Jong Un',
  },
  {
    file: 'add-event-listener-noop.html',
    trap: 'EventTarget.prototype.addEventListener swallowed',
    highlights: ['Beijing', 'Vladimir Putin', 'Beijing', 'Xi Jinping', 'Ukraine', 'Chinese'],
    hover: 'Xi Jinping',
  },
  { file: 'json-replaced.html', trap: 'JSON.parse/stringify replaced', highlights: ['Russia', 'Black Sea', 'Vladimir Putin', 'Ukraine'] },
  { file: 'promise-replaced.html', trap: 'Promise replaced, then() broken', highlights: ['Ukraine', 'Russia', 'United Arab Emirates', 'Kyiv'] },
  { file: 'fetch-replaced.html', trap: 'fetch, XMLHttpRequest and sendBeacon replaced', highlights: ['European Union', 'Russia', 'North Korea', 'Brussels'] },
  { file: 'css-highlights-missing.html', trap: 'CSS.highlights and Highlight removed from the page', highlights: ['Volodymyr Zelenskyy', 'Ukraine', 'Moscow', 'Vladimir Putin'] },
  { file: 'highlight-registry-spy.html', trap: 'HighlightRegistry.set and Range.toString hooked', highlights: ['Seoul', 'South Korea', 'Pyongyang', 'Washington', 'Tokyo'] },
  { file: 'csp-meta.html', trap: 'strict CSP in a meta tag', highlights: ['Kyiv', 'Russia', 'Kyiv', 'Volodymyr Zelenskyy'], hover: 'Volodymyr Zelenskyy' },
  {
    file: 'csp-header.html',
    trap: 'strict CSP header with Trusted Types required',
    headers: {
      'content-security-policy': "default-src 'none'; script-src 'nonce-bs2'; style-src 'none'; img-src 'none'; connect-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
    },
    highlights: ['Pyongyang', 'Moscow', 'Pyongyang', 'Kim Jong Un', 'Vladimir Putin', 'Ukraine'],
    hover: 'Kim Jong Un',
  },
  {
    file: 'xhtml.xhtml',
    trap: 'XHTML served as application/xhtml+xml',
    headers: { 'content-type': 'application/xhtml+xml; charset=utf-8' },
    highlights: ['North Korean', 'Russia', 'Kim Jong Un', 'Moscow', 'Vladimir Putin'],
    hover: 'Kim Jong Un',
  },
  { file: 'base-href-elsewhere.html', trap: '<base href> on another origin', highlights: ['Kim', 'Kim Jong Un', 'Pyongyang'], hover: 'Kim Jong Un' },
  // Content scripts run in the top frame only: the framed text is the frame's own page, not the article.
  { file: 'iframe-same-origin.html', trap: 'same-origin iframe written by script', highlights: ['Putin', 'Vladimir Putin', 'Moscow', 'Ukraine', 'Pyongyang'] },
  { file: 'iframe-srcdoc.html', trap: 'srcdoc iframe', highlights: ['Seoul', 'South Korea', 'Russian', 'Seoul', 'Kim Jong Un', 'Vladimir Putin'] },
  // A component's shadow tree is its own: Backstory reads the light DOM.
  { file: 'open-shadow-root.html', trap: 'open shadow root with text', highlights: ['Kim Jong Un', 'Vladimir Putin', 'Pyongyang', 'Ukraine'] },
  {
    file: 'removes-foreign-nodes.html',
    trap: 'MutationObserver removes every element the page did not create',
    highlights: ['Odesa', 'Odesa', 'Egypt', 'Volodymyr Zelenskyy', 'Turkey', 'Moscow'],
  },
  { file: 'deep-dom.html', trap: '5,000 nested elements', highlights: ['Kim Jong Un', 'Vladimir Putin', 'Pyongyang', 'Ukraine'] },
  {
    file: 'pushstate-storm.html',
    trap: '1,000 pushState calls in a burst, then a new article',
    highlights: ['Zelenskyy', 'Washington', 'Volodymyr Zelenskyy', 'Donald Trump', 'Washington', 'Ukraine', 'Russia'],
    hover: 'Donald Trump',
  },
  {
    file: 'replaced-body.html',
    trap: '<body> replaced after load',
    highlights: ['Zelenskyy', 'Brussels', 'Volodymyr Zelenskyy', 'NATO', 'Brussels', 'Kyiv'],
    hover: 'Volodymyr Zelenskyy',
  },
  {
    file: 'replaced-html.html',
    trap: '<html> replaced after load',
    highlights: ['Zelenskyy', 'Paris', 'Volodymyr Zelenskyy', 'Emmanuel Macron', 'Paris', 'Ukraine'],
    hover: 'Emmanuel Macron',
  },
  {
    file: 'document-write-after-load.html',
    trap: 'document.write after load',
    highlights: ['Zelenskyy', 'London', 'Volodymyr Zelenskyy', 'Keir Starmer', 'London', 'Ukraine'],
    hover: 'Keir Starmer',
  },
  { file: 'contenteditable.html', trap: 'contenteditable regions, every spelling and set by script', highlights: ['Putin', 'Kim', 'Vladimir Putin', 'Kim Jong Un', 'Pyongyang'] },
  {
    file: 'invisible-characters.html',
    trap: 'soft hyphens, ZWJ/ZWNJ, word joiner, BOM and NFD inside names',
    highlights: [
      'Friedrich Merz', `Vla${SHY}di${SHY}mir Pu${SHY}tin`, `Volo${SHY}dymyr Zelen${SHY}skyy`, 'Ukraine', 'Kim\u200D Jong Un', 'Pyong\u2060yang',
      'Recep Tayyip Erdog\u0306an', 'Istan\u200Cbul', 'Sa\u0303o Paulo', 'Pyong\uFEFFyang',
    ],
    hover: 'Recep Tayyip Erdog\u0306an',
  },
  { file: 'dates-out-of-range.html', trap: 'published dates outside 1990 to next year', highlights: ['Vladimir Putin', 'Kim Jong Un', 'Pyongyang'], published: null },
  {
    file: 'custom-element-named-like-ours.html',
    trap: 'custom elements defined with names like ours',
    highlights: ['Pyongyang', 'Kim Jong Un', 'Vladimir Putin', 'Pyongyang', 'Seoul'],
    hover: 'Kim Jong Un',
  },
  {
    file: 'synthetic-pointer-events.html',
    trap: 'synthetic pointer, mouse and key events on a name',
    highlights: ['Kim Jong Un', 'Vladimir Putin', 'Pyongyang'],
    hover: 'Vladimir Putin',
  },
  { file: 'frozen-object-prototype.html', trap: 'built-in prototypes frozen', highlights: ['Moscow', 'Pyongyang', 'Moscow', 'Vladimir Putin', 'Kim Jong Un'], hover: 'Vladimir Putin' },
  { file: 'huge-text-node.html', trap: 'one text node of 1 MB, dense with a name', highlights: { Putin: MAX_MENTIONS } },
  { file: 'oversized-text-node.html', trap: 'one text node over the 2,000,000-character budget', highlights: ['Kim Jong Un'] },
  { file: 'many-tiny-text-nodes.html', trap: '30,000 tiny text nodes, names across them', highlights: { 'Kim Jong Un': 811, 'Vladimir Putin': 811, Pyongyang: 811, Ukraine: 811 } },
  { file: 'template-and-noscript.html', trap: '<template>, <noscript>, script, style and textarea text', highlights: ['Kim Jong Un', 'Vladimir Putin', 'Pyongyang'] },
  { file: 'hidden-text.html', trap: 'text hidden by class, inline style, attribute and visibility', highlights: ['Kim Jong Un', 'Vladimir Putin', 'Pyongyang'] },
  {
    file: 'mutation-burst.html',
    trap: '50,000 mutations in one burst, then new text',
    highlights: ['Kim Jong Un', 'Vladimir Putin', 'Pyongyang', 'Volodymyr Zelenskyy', 'Ukraine', 'Kyiv'],
  },
  {
    file: 'claims-our-flags.html',
    trap: 'page sets our running flag and our host attribute on <body>, then adds text',
    highlights: ['Kim Jong Un', 'Vladimir Putin', 'Pyongyang', 'Kyiv', 'Tokyo', 'Volodymyr Zelenskyy', 'Kyiv', 'Ukraine'],
    hover: 'Volodymyr Zelenskyy',
  },
];
