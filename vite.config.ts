import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { asciiJson } from './src/core/dataset/ascii-json';
import { COMPILED_FILE, ENTITY_TEXTS_FILE, EVENT_TEXTS_FILE, splitForWorker } from './src/core/dataset/compiled';
import { compileNames } from './src/core/matcher/matcher';
import { namesOf } from './src/core/resolve/names';
import { firefoxManifest } from './scripts/lib/firefox-manifest';
import { loadDataset } from './scripts/lib/load-dataset';
import { pageScripts, withoutContentScripts } from './scripts/lib/page-scripts';

/**
 * Validates the YAML dataset and emits it as the worker reads it: what scanning needs in one JSON file, the events'
 * words in another and the entities' words in a third (see `splitForWorker`); a bad record stops the build, naming
 * file, record and field.
 */
function compiledDataset(): Plugin {
  let json: Uint8Array = new Uint8Array();
  let texts: Uint8Array = new Uint8Array();
  let entityTexts: Uint8Array = new Uint8Array();
  return {
    name: 'backstory-dataset',
    buildStart() {
      const data = loadDataset();
      const split = splitForWorker({ ...data, names: compileNames(namesOf(data.entities)) });
      // The same bytes for the same data on every machine (a gzip header with no time in it): the store packages stay
      // reproducible. ASCII only: the worker's decode and parse are faster for it (see asciiJson).
      json = gzipSync(asciiJson(split.dataset), { level: 9 });
      texts = gzipSync(asciiJson(split.texts), { level: 9 });
      entityTexts = gzipSync(asciiJson(split.entityTexts), { level: 9 });
      this.addWatchFile('src/dataset');
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: COMPILED_FILE, source: json });
      this.emitFile({ type: 'asset', fileName: EVENT_TEXTS_FILE, source: texts });
      this.emitFile({ type: 'asset', fileName: ENTITY_TEXTS_FILE, source: entityTexts });
    },
  };
}

/** Copies `assets/_locales` to the extension's root, where the browser looks for the UI's translations. */
function locales(): Plugin {
  return {
    name: 'backstory-locales',
    buildStart() {
      this.addWatchFile('assets/_locales');
    },
    generateBundle() {
      for (const lang of readdirSync('assets/_locales')) {
        const fileName = `_locales/${lang}/messages.json`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(`assets/${fileName}`, 'utf8') });
      }
    },
  };
}

/** `vite build` writes the Chromium extension; `vite build --mode firefox` the Firefox one, from the same sources. */
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  const outDir = firefox ? 'dist/firefox' : 'dist/chrome';
  const target = firefox ? 'firefox140' : 'chrome120';
  const pages = withoutContentScripts(manifest);
  return {
    plugins: [
      preact(),
      firefox ? crx({ manifest: firefoxManifest(pages), browser: 'firefox' }) : crx({ manifest: pages }),
      compiledDataset(),
      locales(),
      pageScripts({ outDir, target, firefox, plugins: () => [preact()] }),
    ],
    build: { outDir, emptyOutDir: true, target },
  };
});
