import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, formatDate } from '../../src/ui/format';
import { binHistory } from '../../src/ui/strip-bins';
import { periodLabel } from '../../src/ui/TimelineStrip';

/** The card writes dates and numbers in the browser's UI language, never in a fixed English pattern. */

const g = globalThis as { chrome?: unknown };
function uiLanguageIs(lang: string): void {
  g.chrome = { i18n: { getUILanguage: () => lang, getMessage: () => '' } };
}

afterEach(() => {
  delete g.chrome;
});

describe("the card's dates and numbers", () => {
  it('follow a French UI', () => {
    uiLanguageIs('fr');
    expect(formatDate('2025-08-22')).toBe('22 août 2025');
    expect(formatDate('2025-08')).toBe('août 2025');
    expect(formatCount(1234)).toMatch(/^1\s234$/u);
  });

  it('follow a German and an American English UI', () => {
    uiLanguageIs('de');
    expect(formatDate('2024-03-01')).toBe('1. März 2024');
    uiLanguageIs('en-US');
    expect(formatDate('2024-03-01')).toBe('Mar 1, 2024');
    expect(formatCount(1234)).toBe('1,234');
  });

  it('keep the calendar date as written: the first and last of a month and year stay where they are', () => {
    uiLanguageIs('en-GB');
    expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
    expect(formatDate('2025-12-31')).toBe('31 Dec 2025');
  });

  it("name the strip's periods in the UI language", () => {
    uiLanguageIs('es');
    const monthly = binHistory([{ month: '2025-08', count: 2 }]);
    expect(periodLabel(monthly, 0)).toMatch(/^ago(\.|sto)? 2025$/);
  });
});
