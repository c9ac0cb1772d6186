import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readGzippedJson } from '../../src/background/gzipped-json';

const dataUrl = (bytes: Uint8Array) => `data:application/gzip;base64,${Buffer.from(bytes).toString('base64')}`;

describe('readGzippedJson', () => {
  it('reads back what was gzipped, past one inflater chunk of 64 kB', async () => {
    const value = { names: Array.from({ length: 20_000 }, (_, i) => `Ürümqi ${i}`), n: [1, null, true] };
    expect(await readGzippedJson(dataUrl(gzipSync(JSON.stringify(value))))).toEqual(value);
  });

  it('rejects a file that is not gzip, rather than waiting forever', async () => {
    await expect(readGzippedJson(dataUrl(new TextEncoder().encode('{"plain": true}')))).rejects.toThrow();
  });

  it('rejects a cut-off file', async () => {
    const whole = gzipSync(JSON.stringify({ a: 'x'.repeat(100_000) }));
    await expect(readGzippedJson(dataUrl(whole.subarray(0, whole.length >> 1)))).rejects.toThrow();
  });
});
