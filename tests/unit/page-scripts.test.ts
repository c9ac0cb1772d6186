import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE } from '../../src/bundles';
import { COMPILE_HINT, CONTENT_ENTRY, finishManifest, withCompileHint, withoutContentScripts } from '../../scripts/lib/page-scripts';

/** The post-build step that puts our classic content script in the manifest and hides web-accessible resources. */

const built = {
  content_scripts: [{ matches: ['*://*.example.org/*'], js: [CONTENT_ENTRY], css: ['src/content/highlight.css'] }],
  web_accessible_resources: [
    { matches: ['<all_urls>'], resources: ['assets/a.js'], use_dynamic_url: false },
    { matches: ['https://*/*'], resources: ['assets/b.png'] },
  ],
};

describe('the built manifest', () => {
  it('leaves the content script out of what @crxjs bundles, keeping its matches and styles', () => {
    expect(withoutContentScripts(built).content_scripts).toEqual([{ matches: ['*://*.example.org/*'], js: [], css: ['src/content/highlight.css'] }]);
  });

  it('runs the one classic content script where the source entry was', () => {
    const out = finishManifest(withoutContentScripts(built), { dynamicUrls: true });
    expect(out.content_scripts?.[0]?.js).toEqual([CONTENT_SCRIPT_FILE]);
    expect(out.content_scripts?.[0]?.['css']).toEqual(['src/content/highlight.css']);
  });

  it('serves every web-accessible resource only at the per-session URL in Chromium', () => {
    const out = finishManifest(built, { dynamicUrls: true });
    expect(out.web_accessible_resources?.map((w) => w.use_dynamic_url)).toEqual([true, true]);
    expect(out.web_accessible_resources?.map((w) => w['resources'])).toEqual([['assets/a.js'], ['assets/b.png']]);
  });

  it('leaves Firefox without the key, which its manifest does not know', () => {
    const out = finishManifest({ ...built, web_accessible_resources: [{ matches: ['https://*/*'], resources: ['x.png'] }] }, { dynamicUrls: false });
    expect(out.web_accessible_resources).toEqual([{ matches: ['https://*/*'], resources: ['x.png'] }]);
  });
});

describe('the content script\'s compile hint', () => {
  it('is the first line, and is put there once', () => {
    const code = '(function(){})();\n';
    const hinted = withCompileHint(code);
    expect(hinted.split('\n', 1)[0]).toBe(COMPILE_HINT);
    expect(hinted.endsWith(code)).toBe(true);
    expect(withCompileHint(hinted)).toBe(hinted);
  });
});
