/**
 * Notices when the page shows another article without a page load (a single-page app following a link, a live
 * page swapping its story): the address changes, or the article's element leaves the page, or its text changes
 * by more than a tenth. Everything else a page does (ads, comments, clocks) is left alone.
 */

/** Quiet time after the last change before looking: pages change in bursts. */
export const SETTLE_MS = 600;

export interface WatchOptions {
  doc: Document;
  /** The article element the current session read, if any. */
  root: () => Element | undefined;
  onArticleChange(): void;
  signal: AbortSignal;
}

export function watchArticle({ doc, root, onArticleChange, signal }: WatchOptions): void {
  const url = () => doc.location?.href ?? '';
  const size = () => root()?.textContent?.length ?? 0;
  let seenUrl = url();
  let seenSize = size();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const look = () => {
    timer = undefined;
    const el = root();
    const now = size();
    const changed = url() !== seenUrl || (el !== undefined && !el.isConnected) || Math.abs(now - seenSize) > seenSize / 10;
    if (!changed) return;
    seenUrl = url();
    seenSize = now;
    onArticleChange();
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(look, SETTLE_MS);
  };

  const observer = new MutationObserver(schedule);
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  doc.defaultView?.addEventListener('popstate', schedule, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
