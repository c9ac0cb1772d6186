import { describe, expect, it } from 'vitest';
import { monthlyHistory } from '../../src/core/rank/history';
import { nameInView } from '../../src/content/card/visibility';
import { binHistory, binOf, MONTHLY_SPAN_LIMIT } from '../../src/ui/strip-bins';

/** The card's pure parts: the timeline strip's bins and the rule that closes a card whose name left the window. */

describe('the timeline strip', () => {
  it('counts events per month, oldest first, month-only dates included', () => {
    expect(monthlyHistory(['2025-08-22', '2024-06-19', '2025-08', '2025-08-01'])).toEqual([
      { month: '2024-06', count: 1 },
      { month: '2025-08', count: 3 },
    ]);
  });

  it('bins a short span by month and widens it to the article date', () => {
    const binned = binHistory([{ month: '2024-06', count: 2 }, { month: '2024-09', count: 1 }], '2025-01-10');
    expect(binned.unit).toBe('month');
    expect(binned.bins.map((b) => b.start)).toEqual(['2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01']);
    expect(binned.bins.map((b) => b.count)).toEqual([2, 0, 0, 1, 0, 0, 0, 0]);
    expect(binOf(binned.bins, '2025-01-10')).toBe(7);
    expect(binned).toMatchObject({ total: 3, firstYear: '2024', lastYear: '2024', peakYear: '2024' });
  });

  it('bins a long span by quarter, from the start of a quarter, losing no event', () => {
    const history = [{ month: '2014-02', count: 1 }, { month: '2022-03', count: 5 }, { month: '2022-11', count: 2 }, { month: '2026-03', count: 4 }];
    const binned = binHistory(history);
    expect(binned.unit).toBe('quarter');
    expect(binned.bins[0]).toEqual({ start: '2014-01', end: '2014-03', count: 1 });
    expect(binned.bins.at(-1)).toEqual({ start: '2026-01', end: '2026-03', count: 4 });
    expect(binned.bins.reduce((n, b) => n + b.count, 0)).toBe(12);
    expect(binned.bins[binOf(binned.bins, '2022-11-30')]).toEqual({ start: '2022-10', end: '2022-12', count: 2 });
    expect(binned.peakYear).toBe('2022');
    expect(binned.bins.length).toBeGreaterThan(MONTHLY_SPAN_LIMIT / 3);
  });

  it('has nothing to draw without events', () => {
    expect(binHistory([]).bins).toEqual([]);
  });
});

describe("a card's name in view", () => {
  const box = (left: number, top: number, width = 60, height = 18) => ({ left, top, width, height, right: left + width, bottom: top + height });
  it('holds while any box of the name shows in the window', () => {
    expect(nameInView([box(100, 100)], 1280, 900)).toBe(true);
    expect(nameInView([box(100, -30), box(0, 890)], 1280, 900)).toBe(true);
  });
  it('fails once the name scrolled out, or the page removed or emptied it', () => {
    expect(nameInView([box(100, -40)], 1280, 900)).toBe(false);
    expect(nameInView([box(100, 905)], 1280, 900)).toBe(false);
    expect(nameInView([], 1280, 900)).toBe(false);
    expect(nameInView([box(100, 100, 0, 0)], 1280, 900)).toBe(false);
  });
});
