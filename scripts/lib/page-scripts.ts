import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin, type PluginOption } from 'vite';
import { CARD_SCRIPT_FILE, CONTENT_SCRIPT_FILE, DATE_SCRIPT_FILE } from '../../src/bundles';

/**
 * The scripts Backstory runs in pages, built apart from the rest: each is one classic script (an IIFE), because a
 * content script that is an ES module goes through a loader that imports its chunks one by one from
 * web-accessible URLs, which costs the page time on every load, lets pages probe for the extension, and stops
 * working in Chromium once those URLs are dynamic (`use_dynamic_url`).
 */

export const CONTENT_ENTRY = 'src/content/index.ts';
export const CARD_ENTRY = 'src/content/card/entry.ts';
export const DATE_ENTRY = 'src/content/date-entry.ts';

interface ManifestLike {
  content_scripts?: { js?: string[]; [key: string]: unknown }[];
  web_accessible_resources?: { use_dynamic_url?: boolean; [key: string]: unknown }[];
  [key: string]: unknown;
}

/**
 * V8's file-level compile hint (Chromium 136 and later; other engines read a comment). Without it V8 only pre-parses
 * each function of the content script and compiles it on its first call, on the page's main thread with our frame on
 * the stack: about half our samples on the demo article went to those first calls. Most of the script (about three
 * quarters of its bytes) runs before the first highlight, so compiling it all at once costs less (ADR 38). It must be
 * the file's first line.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The content script as the browser should compile it: eagerly, every function at once. */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/** The manifest without the content script's entry, which @crxjs would otherwise bundle as a module with a loader. */
export function withoutContentScripts<M extends ManifestLike>(manifest: M): M {
  return { ...manifest, content_scripts: manifest.content_scripts?.map((c) => ({ ...c, js: (c.js ?? []).filter((f) => f !== CONTENT_ENTRY) })) };
}

/**
 * The built manifest with our content script in place of its source entry; in Chromium every web-accessible
 * resource only at the per-session URL (Firefox's moz-extension URLs are already random per install, and its
 * manifest has no such key).
 */
export function finishManifest(manifest: ManifestLike, opts: { dynamicUrls: boolean }): ManifestLike {
  const out: ManifestLike = {
    ...manifest,
    content_scripts: manifest.content_scripts?.map((c) => ({ ...c, js: [CONTENT_SCRIPT_FILE, ...(c.js ?? []).filter((f) => f !== CONTENT_ENTRY && f !== CONTENT_SCRIPT_FILE)] })),
  };
  if (opts.dynamicUrls && manifest.web_accessible_resources) out.web_accessible_resources = manifest.web_accessible_resources.map((w) => ({ ...w, use_dynamic_url: true }));
  return out;
}

/**
 * After the main build: writes the content script and the card script into `outDir` and rewrites its manifest.
 * `plugins` are the ones the scripts need (JSX for the card).
 */
export function pageScripts(opts: { outDir: string; target: string; firefox: boolean; plugins: () => PluginOption[] }): Plugin {
  return {
    name: 'backstory-page-scripts',
    apply: 'build',
    async closeBundle() {
      for (const [entry, file] of [
        [CONTENT_ENTRY, CONTENT_SCRIPT_FILE],
        [CARD_ENTRY, CARD_SCRIPT_FILE],
        [DATE_ENTRY, DATE_SCRIPT_FILE],
      ] as const) {
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: opts.plugins(),
          build: {
            outDir: opts.outDir,
            emptyOutDir: false,
            target: opts.target,
            copyPublicDir: false,
            // `BACKSTORY_READABLE=1 npx vite build`: names kept, so that a profile of the page says where our time goes.
            minify: process.env.BACKSTORY_READABLE !== '1',
            lib: { entry, formats: ['iife'], name: 'backstory', fileName: () => file },
          },
        });
        if (file === CONTENT_SCRIPT_FILE) {
          const script = join(opts.outDir, file);
          writeFileSync(script, withCompileHint(readFileSync(script, 'utf8')));
        }
      }
      const path = join(opts.outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as ManifestLike;
      writeFileSync(path, `${JSON.stringify(finishManifest(manifest, { dynamicUrls: !opts.firefox }), null, 2)}\n`);
    },
  };
}
