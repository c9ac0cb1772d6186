import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bylineDate, choosePublished, parseDate, urlDate } from '../../src/core/article/date';
import { extractArticle } from '../../src/extract/article';
import { PAGES, REPO } from './helpers/paths';

const OWN_PAGES = `${REPO}tests/pages/dates/`;

function article(file: string) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return extractArticle(document as unknown as Document);
}

/** Each of our pages shows one convention or one trap; null means the page gives no believable publication date. */
const OWN: Record<string, { published: string | null; from?: string }> = {
  'meta-article-published-time': { published: '2019-10-09', from: 'meta' },
  'meta-value-attribute': { published: '2018-03-04', from: 'meta' },
  'meta-pubdate-compact': { published: '2016-04-12', from: 'meta' },
  'meta-parsely-pub-date': { published: '2021-06-30', from: 'meta' },
  'meta-parsely-page': { published: '2014-02-11', from: 'meta' },
  'meta-dublin-core': { published: '2012-05-20', from: 'meta' },
  'meta-dcterms': { published: '2011-09-01', from: 'meta' },
  'meta-sailthru': { published: '2017-07-14', from: 'meta' },
  'meta-open-graph-variant': { published: '2010-12-31', from: 'meta' },
  'meta-itemprop-in-head': { published: '2015-11-02', from: 'microdata' },
  'meta-earliest-wins': { published: '2019-05-05', from: 'json-ld' },
  'meta-modified-only': { published: null },
  'jsonld-news-article': { published: '2020-02-29', from: 'json-ld' },
  'jsonld-graph': { published: '2009-06-17', from: 'json-ld' },
  'jsonld-array': { published: '2008-08-08', from: 'json-ld' },
  'jsonld-value-object': { published: '2007-03-21', from: 'json-ld' },
  'jsonld-modified-later': { published: '2019-01-02', from: 'json-ld' },
  'jsonld-embedded-video-earlier': { published: '2022-05-10', from: 'json-ld' },
  'jsonld-broken-then-meta': { published: '2006-10-30', from: 'meta' },
  'microdata-meta': { published: '2005-04-12', from: 'microdata' },
  'microdata-time': { published: '2004-09-30', from: 'microdata' },
  'microdata-video-earlier': { published: '2002-11-19', from: 'microdata' },
  'time-datetime': { published: '2013-08-07', from: 'time' },
  'time-pubdate': { published: '1999-12-31', from: 'time' },
  'time-updated-then-published': { published: '2018-01-30', from: 'time' },
  'url-canonical-slashes': { published: '2016-11-29', from: 'url' },
  'url-og-dashes': { published: '2015-07-04', from: 'url' },
  'byline-updated': { published: '2019-10-09', from: 'byline' },
  'byline-published-and-updated': { published: '2020-03-03', from: 'byline' },
  'byline-weekday-time': { published: '2016-11-29', from: 'byline' },
  'trap-far-future': { published: null },
  'trap-far-future-and-real': { published: '2019-05-05', from: 'json-ld' },
  'trap-epoch-default': { published: '2004-05-06', from: 'url' },
  'trap-year-2099': { published: null },
  'trap-impossible-day': { published: null },
  'trap-related-teasers': { published: '2018-04-04', from: 'time' },
  'trap-prose-date': { published: null },
  'trap-no-date': { published: null },
  'trap-comment-dates': { published: '2017-06-12', from: 'byline' },
  'trap-copyright-year': { published: null },
  'trap-date-in-title-only': { published: null },
};

/** The shared fixture pages, each checked by hand against the date its publisher shows. */
const FIXTURES: Record<string, string> = {
  'newspaper4k-cnn_002.html': '2023-11-06',
  'newspaper4k-cnn_test_nlp.html': '2016-12-18',
  'newspaper4k-wired_001.html': '2023-11-07',
  'newspaper4k-yna_co_kr.html': '2019-08-20',
  'postlight-abcnews.go.com.html': '2016-12-16',
  'readability-lemonde-1.html': '2015-05-04',
  'readability-nytimes-1.html': '2017-01-13',
  'readability-telegraph.html': '2017-11-16',
  'seed-kim-medals-2025-08-22.html': '2025-08-22',
};

describe('the publication date of our own pages, one convention or trap each', () => {
  it('has an expectation for every page and a page for every expectation', () => {
    const files = readdirSync(OWN_PAGES).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
    expect(files.sort()).toEqual(Object.keys(OWN).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, expected] of Object.entries(OWN)) {
    it(`${name}: ${expected.published ?? 'no date'}${expected.from ? ` from ${expected.from}` : ''}`, () => {
      const a = article(`${OWN_PAGES}${name}.html`);
      expect(a.published).toBe(expected.published);
      expect(a.publishedFrom).toBe(expected.from ?? null);
    });
  }
});

describe('the publication date of every shared fixture page', () => {
  it('covers every fixture page', () => {
    expect(readdirSync(PAGES).filter((f) => f.endsWith('.html')).sort()).toEqual(Object.keys(FIXTURES).sort());
  });

  for (const [file, published] of Object.entries(FIXTURES)) {
    it(`${file}: ${published}`, () => {
      expect(article(`${PAGES}${file}`).published).toBe(published);
    });
  }
});

describe('reading one date', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('reads the forms publishers write, keeping the day the publisher wrote', () => {
    expect(parseDate('2025-08-22T23:30:00-05:00', now)).toBe('2025-08-22');
    expect(parseDate('2017-11-16T14:15+0000', now)).toBe('2017-11-16');
    expect(parseDate('2019/10/09', now)).toBe('2019-10-09');
    expect(parseDate('20191009', now)).toBe('2019-10-09');
    expect(parseDate('Oct 9, 2019', now)).toBe('2019-10-09');
    expect(parseDate('Sept. 30, 2004', now)).toBe('2004-09-30');
    expect(parseDate('9 October 2019', now)).toBe('2019-10-09');
    expect(parseDate('Tuesday, November 29th, 2016', now)).toBe('2016-11-29');
  });

  it('rejects what is not a believable publication day', () => {
    expect(parseDate('+275760-09-13', now)).toBeNull();
    expect(parseDate('+275760-09-13T00:00:00.000Z', now)).toBeNull();
    expect(parseDate('-000001-01-01', now)).toBeNull();
    expect(parseDate('1989-12-31', now)).toBeNull();
    expect(parseDate('1990-01-01', now)).toBe('1990-01-01');
    expect(parseDate('2027-03-01', now)).toBe('2027-03-01');
    expect(parseDate('2027-03-02', now)).toBeNull();
    expect(parseDate('2019-02-29', now)).toBeNull();
    expect(parseDate('2019-13-01', now)).toBeNull();
    expect(parseDate('1', now)).toBeNull();
    expect(parseDate('not a date', now)).toBeNull();
    expect(parseDate('', now)).toBeNull();
  });

  it('finds a day in a URL path only when year, month and day are all there', () => {
    expect(urlDate('https://example.org/2016/11/29/world/story.html', now)).toBe('2016-11-29');
    expect(urlDate('https://example.org/news/2016-11-29-story', now)).toBe('2016-11-29');
    expect(urlDate('https://example.org/2016/11/story', now)).toBeNull();
    expect(urlDate('https://example.org/item/20161129', now)).toBeNull();
    expect(urlDate('not a url', now)).toBeNull();
  });

  it('reads a byline line and tells publication from update, but not a date inside prose', () => {
    expect(bylineDate('Updated: Oct 9, 2019', now)).toEqual({ day: '2019-10-09', kind: 'modified' });
    expect(bylineDate('Published 3 March 2020', now)).toEqual({ day: '2020-03-03', kind: 'published' });
    expect(bylineDate('December 16, 2016, 4:19 PM', now)).toEqual({ day: '2016-12-16', kind: 'published' });
    expect(bylineDate('On March 3, 2001, the council last raised the rates.', now)).toBeNull();
    expect(bylineDate('May 2003', now)).toBeNull();
  });

  it('prefers the earliest publication date of the most trustworthy sources, and a shown update over nothing', () => {
    expect(choosePublished([
      { day: '2019-05-06', kind: 'published', source: 'meta' },
      { day: '2019-05-05', kind: 'published', source: 'json-ld' },
      { day: '2019-05-01', kind: 'modified', source: 'meta' },
      { day: '2019-04-01', kind: 'published', source: 'microdata' },
    ])?.day).toBe('2019-05-05');
    expect(choosePublished([{ day: '2019-05-01', kind: 'modified', source: 'meta' }])).toBeNull();
    expect(choosePublished([{ day: '2019-10-09', kind: 'modified', source: 'byline' }])?.day).toBe('2019-10-09');
    expect(choosePublished([])).toBeNull();
  });
});
