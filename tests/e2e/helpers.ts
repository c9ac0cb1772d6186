import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startPageServer, type PageServer } from '../../scripts/lib/server';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_FILE = `${REPO}demo/kim-medals.html`;
/**
 * Where the tests' screenshots go. The README shows the ones in `docs/images/`; they are rewritten only when asked
 * (`BACKSTORY_SCREENSHOTS=1 npm run test:e2e`), so that a test run leaves the work tree as it was.
 */
export const IMAGES = process.env.BACKSTORY_SCREENSHOTS === '1' ? `${REPO}docs/images/` : `${join(tmpdir(), 'backstory-screenshots')}/`;
mkdirSync(IMAGES, { recursive: true });
export const SHARED_PAGES = fileURLToPath(new URL('../../../shared/fixtures/pages/', import.meta.url));

/** A page server and Chromium with the built extension, started once per test file. */
export async function startBrowser(): Promise<{ server: PageServer; ext: ExtensionBrowser; close(): Promise<void> }> {
  const server = await startPageServer();
  const ext = await launchWithExtension({ serverPort: server.port });
  return {
    server,
    ext,
    async close() {
      await ext.close();
      await server.close();
    },
  };
}
