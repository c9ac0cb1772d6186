import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostKeys, keysCoverHost } from '../../src/core/sites';

/** A match pattern's host part as the browser reads it, one pattern at a time: what `keysCoverHost` must agree with. */
function patternCoversHost(pattern: string, host: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const patternHost = m[2]!;
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const base = patternHost.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === patternHost;
}

const coveredByPatterns = (patterns: readonly string[], host: string) => patterns.some((p) => patternCoversHost(p, host));

/**
 * The worker looks a page's host up in the patterns' hosts as one string (`hostKeys`, `keysCoverHost`), made from
 * the manifest; it must answer as `coveredByPatterns` over the patterns themselves.
 */
const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as { content_scripts: { matches: string[] }[] };
const MATCHES = manifest.content_scripts.flatMap((c) => c.matches);

const LABELS = ['bbc', 'co', 'uk', 'com', 'www', 'news', 'cnn', 'edition', 'example', 'le', 'monde', 'fr', ''];
const host = fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 4 }).map((l) => l.join('.'));
const pattern = fc.oneof(
  fc.tuple(fc.constantFrom('*', 'https', 'http', 'ftp', 'file'), fc.constantFrom('', '*.'), host, fc.constantFrom('/*', '/', '/news/*', '')).map(([scheme, star, h, path]) => `${scheme}://${star}${h}${path}`),
  fc.constant('*://*/*'),
  fc.constant('<all_urls>'),
);

describe('the built-in hosts as one string', () => {
  it('answers as the manifest patterns do, for hosts on and off the list', () => {
    const keys = hostKeys(MATCHES);
    const hosts = ['www.bbc.co.uk', 'bbc.co.uk', 'edition.cnn.com', 'cnn.com', 'xcnn.com', 'www.lemonde.fr', 'mail.google.com', 'github.com', 'abcnews.go.com', 'example.com.', '', 'localhost'];
    for (const h of [...hosts, ...MATCHES.slice(0, 60).map((p) => p.replace(/^[^:]*:\/\/(\*\.)?/, '').replace(/\/.*$/, ''))]) {
      expect(keysCoverHost(keys, h), h).toBe(coveredByPatterns(MATCHES, h));
      expect(keysCoverHost(keys, `www.${h}`), `www.${h}`).toBe(coveredByPatterns(MATCHES, `www.${h}`));
    }
  });

  it('answers as coveredByPatterns on random patterns and hosts', () => {
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 8 }), host, (patterns, h) => {
        expect(keysCoverHost(hostKeys(patterns), h)).toBe(coveredByPatterns(patterns, h));
      }),
      { numRuns: 20_000, seed: 24 },
    );
  });
});
