import { describe, expect, it, vi } from 'vitest';
import { PREBUILT, pageStrings } from '../../scripts/char-pages';
import { PREBUILT_PAGES } from '../../src/core/text/char-pages';
import { buildPage, charClass, foldKeep, foldLower } from '../../src/core/text/chars';

/** The ready-made character tables are the ones `chars.ts` computes: run `npx tsx scripts/char-pages.ts` if not. */

describe('the ready-made character pages', () => {
  it.each(PREBUILT)('page %i is what chars.ts computes for it', (index) => {
    expect(PREBUILT_PAGES[index]).toEqual(pageStrings(index));
  });

  it('holds those pages and no others', () => {
    expect(Object.keys(PREBUILT_PAGES).map(Number)).toEqual(PREBUILT);
  });

  it.each(PREBUILT)('page %i is read back into the tables computing it gives', (index) => {
    const page = buildPage(index);
    for (let i = 0; i < 256; i++) {
      const code = index * 256 + i;
      expect([charClass(code), foldLower(code), foldKeep(code)]).toEqual([page.cls[i], page.lower[i], page.keep[i]]);
    }
  });
});

describe('a starting worker’s engine', () => {
  it('computes no character page: the ones it reads are ready-made', async () => {
    const { loadDataset } = await import('../../scripts/lib/load-dataset');
    const { asciiJson } = await import('../../src/core/dataset/ascii-json');
    const { splitForWorker } = await import('../../src/core/dataset/compiled');
    const { compileNames } = await import('../../src/core/matcher/matcher');
    const { namesOf } = await import('../../src/core/resolve/names');
    const data = loadDataset();
    const file = asciiJson(splitForWorker({ ...data, names: compileNames(namesOf(data.entities)) }).dataset);
    // Fresh modules, as in a starting worker: compiling the names above computed pages of the modules loaded so far.
    vi.resetModules();
    const chars = await import('../../src/core/text/chars');
    const { Engine } = await import('../../src/core/engine');
    const engine = new Engine(JSON.parse(file) as ConstructorParameters<typeof Engine>[0]);
    expect(engine.entities.length).toBeGreaterThan(0);
    expect(chars.computedPages()).toEqual([]);
  });
});
