import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { COMPILED_FILE } from './src/core/dataset/compiled';
import { compileNames } from './src/core/matcher/matcher';
import { namesOf } from './src/core/resolve/names';
import { loadDataset } from './scripts/lib/load-dataset';

/** Validates the YAML dataset and emits it as one JSON file; a bad record stops the build, naming file, record and field. */
function compiledDataset(): Plugin {
  let json = '';
  return {
    name: 'backstory-dataset',
    buildStart() {
      const data = loadDataset();
      json = JSON.stringify({ ...data, names: compileNames(namesOf(data.entities)) });
      this.addWatchFile('src/dataset');
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: COMPILED_FILE, source: json });
    },
  };
}

export default defineConfig({
  plugins: [preact(), crx({ manifest }), compiledDataset()],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'chrome120',
  },
});
