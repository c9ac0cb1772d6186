import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { cardHtml, hoverName, launchWithExtension, waitForHighlights } from './lib/browser';
import { startPageServer } from './lib/server';

/**
 * `npm run demo`: opens Chromium with the built extension on Backstory's demo article and rests the pointer on
 * "Kim Jong Un" so the card opens. With a display, the browser stays open for you to explore until you close it;
 * without one (a server, CI), it runs headless and saves a screenshot of the open card.
 */
const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
const DEMO_FILE = resolve(new URL('../demo/kim-medals.html', import.meta.url).pathname);
const OUT_DIR = resolve(new URL('../demo-output', import.meta.url).pathname);

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const server = await startPageServer();
  server.route(DEMO_URL, DEMO_FILE);
  const ext = await launchWithExtension({ serverPort: server.port, headless });
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  // The card fades in (unless the reader asks for less motion): a still taken during the fade shows it half transparent.
  if (headless) await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(DEMO_URL);
  const count = await waitForHighlights(page);
  await hoverName(page, 'Kim Jong Un');
  const events = (await cardHtml(page)).match(/data-event=/g)?.length ?? 0;
  console.log(`Backstory highlighted ${count} names on the demo article; the card for Kim Jong Un shows ${events} events.`);
  if (headless) {
    mkdirSync(OUT_DIR, { recursive: true });
    const shot = resolve(OUT_DIR, 'card.png');
    await page.screenshot({ path: shot });
    console.log(`No display: ran headless. Screenshot of the open card: ${shot}`);
    await ext.close();
    await server.close();
    return;
  }
  console.log('Chromium is open on the demo article: hover any underlined name. Close the browser window to finish.');
  await new Promise<void>((done) => ext.context.on('close', () => done()));
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
