import { ext as browser } from '../send';
import type { ContentMessage } from '../messages';

/** Keyboard commands from the manifest (the reader can change their keys in the browser's shortcut settings). */
const MESSAGES: Record<string, ContentMessage> = {
  'open-card': { type: 'openCardAtSelection', payload: {} },
  'next-name': { type: 'revealMention', payload: { step: 1 } },
  'previous-name': { type: 'revealMention', payload: { step: -1 } },
};

export async function runCommand(command: string): Promise<void> {
  const message = MESSAGES[command];
  if (!message) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, message).catch(() => false); // no content script on this page
}
