import { fileURLToPath } from 'node:url';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { startPageServer, type PageServer } from '../../scripts/lib/server';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const DEMO_FILE = `${REPO}demo/kim-medals.html`;
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
