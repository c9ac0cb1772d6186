import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

/**
 * Records every request an extension context sends to anywhere but the extension itself: the service worker, the
 * extension's own pages (popup, options) and, through the DevTools protocol, requests a page's frame sends whose
 * initiating script is ours (the content script runs in the page, so the page's own requests are told apart by their
 * initiator's stack).
 */
export interface ExtensionNetworkWatch {
  /** Starts watching a page for requests that our content script initiates. */
  watchPage(page: Page): Promise<void>;
  /** Requests that left the extension, as "context: url". */
  outside(): string[];
}

const OURS = /^chrome-extension:\/\//;

interface Initiator {
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
}

function initiatedByUs(initiator: Initiator): boolean {
  if (initiator.url && OURS.test(initiator.url)) return true;
  for (let stack = initiator.stack; stack; stack = stack.parent) if (stack.callFrames.some((f) => OURS.test(f.url))) return true;
  return false;
}

export function watchExtensionNetwork(context: BrowserContext): ExtensionNetworkWatch {
  const leaks: string[] = [];
  const sessions: CDPSession[] = [];
  context.on('request', (request: Request) => {
    if (OURS.test(request.url()) || request.url().startsWith('data:')) return;
    if (request.serviceWorker()) leaks.push(`service worker: ${request.url()}`);
    else {
      const frame = (() => {
        try {
          return request.frame();
        } catch {
          return undefined; // no frame: a worker of the page
        }
      })();
      if (frame && OURS.test(frame.url())) leaks.push(`extension page ${frame.url()}: ${request.url()}`);
    }
  });
  return {
    async watchPage(page) {
      const cdp = await page.context().newCDPSession(page);
      sessions.push(cdp);
      await cdp.send('Network.enable');
      cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: Initiator }) => {
        if (!OURS.test(event.request.url) && initiatedByUs(event.initiator)) leaks.push(`content script on ${page.url()}: ${event.request.url}`);
      });
    },
    outside: () => [...leaks],
  };
}
