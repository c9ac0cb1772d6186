import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';

/** The worker's first module reads the dataset's file early; the engine's loader takes that read once. */

describe('the early read of the dataset', () => {
  it('reads the file as the module runs, and hands the read over once', async () => {
    const packed = gzipSync(JSON.stringify({ format: 'backstory-compiled' }));
    const getURL = vi.fn((file: string) => `data:application/gzip;base64,${Buffer.from(packed).toString('base64')}#${file}`);
    vi.stubGlobal('chrome', { runtime: { getURL } });
    try {
      const { takeEarlyDataset } = await import('../../src/background/dataset-prefetch');
      const { inflateJson } = await import('../../src/background/gzipped-json');
      expect(getURL).toHaveBeenCalledWith('dataset.json.gz');
      const read = takeEarlyDataset();
      expect(read).toBeDefined();
      expect(await inflateJson(await read!)).toEqual({ format: 'backstory-compiled' });
      // A later load (packs changed, a failed read) reads the file anew.
      expect(takeEarlyDataset()).toBeUndefined();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
