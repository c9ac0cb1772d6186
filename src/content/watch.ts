/**
 * Watches a live page for text it adds or changes later (live blogs, infinite scroll, "load more", an article swapped
 * in place) and for navigation to another address without a page load. Mutations come in bursts of thousands: they
 * are never looked at one by one, only counted into one batch that ends after a short quiet time, or at the latest
 * a fixed time after it began, so a page that never stops changing is still read within a second.
 */

/** Quiet time after the last change that ends a batch. */
export const QUIET_MS = 150;
/** Longest a batch waits from its first change: text added now is highlighted within a second. */
export const MAX_WAIT_MS = 450;

export interface WatchOptions {
  doc: Document;
  /** Elements whose own changes are Backstory's (the card's host), not the page's. */
  ignore(node: Node): boolean;
  /** Text may have been added, changed or removed. */
  onChange(): void;
  /** The page now shows another address: another article. */
  onNavigate(): void;
  signal: AbortSignal;
}

/**
 * The address without its fragment: jumping to a heading is no new article. Cut at the first `#` (a parsed URL holds
 * no line break, so this is what `/#.*$/` removed), without compiling an expression on every page.
 */
export function pageAddress(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

export function watchPage({ doc, ignore, onChange, onNavigate, signal }: WatchOptions): void {
  const address = () => pageAddress(doc.location?.href ?? '');
  let seen = address();
  // A new root element (the page replaced <html>, or wrote a new document after load with document.write) drops
  // what was attached to the old one, the card's host, and, with document.open, every event listener: start over.
  let root = doc.documentElement;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    clearTimeout(quiet);
    clearTimeout(deadline);
    quiet = deadline = undefined;
    if (signal.aborted) return;
    const now = address();
    // Mid-rewrite the document may have no root yet: the mutations that give it one end another batch.
    if (!doc.documentElement) return;
    if (now !== seen || doc.documentElement !== root) {
      seen = now;
      root = doc.documentElement;
      onNavigate();
    } else onChange();
  };
  const schedule = () => {
    clearTimeout(quiet);
    quiet = setTimeout(flush, QUIET_MS);
    deadline ??= setTimeout(flush, MAX_WAIT_MS);
  };

  const ours = (record: MutationRecord) =>
    ignore(record.target) || (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(ignore));
  const observer = new MutationObserver((records) => {
    if (!records.every(ours)) schedule();
  });
  // The document itself, not its body: a page that replaces <body> (or <html>) is still watched.
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  const win = doc.defaultView;
  win?.addEventListener('popstate', schedule, { signal });
  // The Navigation API sees pushState too, which no DOM event reports.
  const navigation = (win as (Window & { navigation?: EventTarget }) | null)?.navigation;
  navigation?.addEventListener('navigatesuccess', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(quiet);
    clearTimeout(deadline);
  });
}
