import { ext as browser } from '../send';
import type { TabChanged } from '../messages';

/** Tells an open popup that a tab's findings changed, so it shows the tab as it is now. No popup open: nothing to do. */
export function tabChanged(tabId: number): void {
  const message: TabChanged = { type: 'tabChanged', tabId };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
