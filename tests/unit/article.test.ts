import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsePublished, relationTo } from '../../src/core/article/date';
import { extractArticle } from '../../src/extract/article';
import { SEED_PAGE, DEMO_PAGE, REPO } from './helpers/paths';

function article(file: string) {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return extractArticle(document as unknown as Document);
}

describe('finding the article on a news page', () => {
  it('takes the article text, not navigation, asides or form fields', () => {
    const a = article(SEED_PAGE);
    const text = a.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Kim Jong Un has awarded medals');
    expect(text).toContain('signing a mutual defence pact last year');
    expect(text).not.toContain('Russia-Ukraine war\n'); // the section link in <nav>
    expect(text).not.toContain('Most read');
    expect(text).not.toContain('Markets slide');
    expect(text).not.toContain('World News. About');
    expect(a.published).toBe('2025-08-22');
    expect(a.title).toContain('North Korean leader hints at more military cooperation');
  });

  it('works the same on our own demo page', () => {
    const a = article(DEMO_PAGE);
    expect(a.published).toBe('2025-08-22');
    expect(a.blocks.length).toBeGreaterThan(5);
  });

  it('leaves out menus, players, font lists, follow and share bars, hidden and editable regions', () => {
    const a = article(`${REPO}tests/pages/chrome/article-with-chrome.html`);
    const text = a.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Scholz and Putin talk by phone about Ukraine');
    expect(text).toContain('Bundes\u00ADkanz\u00ADler Olaf Scholz spoke with Vla\u00ADdi\u00ADmir Pu\u00ADtin');
    expect(text).toContain('Officials in Kyiv were told in advance.');
    expect(text).toContain('Neither side gave details');
    // contenteditable="false" is an ordinary, readable region.
    expect(text).toContain('the call was confirmed by France');
    for (const chrome of ['FOLLOW US', 'Canada', 'Japan', 'Egypt', 'Georgia', 'Verdana', 'Position Bottom', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Peru', 'Spain', 'Portugal', 'Norway', 'Sweden', 'Finland', 'Denmark', 'Poland']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('maps every block back to its text nodes', () => {
    const a = article(SEED_PAGE);
    for (const block of a.blocks) {
      const rebuilt = block.pieces.map((p) => p.node.data).join('');
      expect(rebuilt).toBe(block.text);
    }
  });
});

describe('publication dates', () => {
  it('reads ISO dates as the publisher wrote them, and other forms', () => {
    expect(parsePublished(['2025-08-22T23:30:00-05:00'])).toBe('2025-08-22');
    expect(parsePublished([null, '', 'August 22, 2025'])).toBe('2025-08-22');
    expect(parsePublished(['not a date'])).toBeNull();
  });

  it('splits events at the article date; its own day led up to it', () => {
    expect(relationTo('2025-08-22', '2025-08-22')).toBe('before');
    expect(relationTo('2025-08-23', '2025-08-22')).toBe('after');
    expect(relationTo('2025-08', '2025-08-22')).toBe('before');
    expect(relationTo('2025-09', '2025-08-22')).toBe('after');
  });
});
