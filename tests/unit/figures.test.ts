import { describe, expect, it } from 'vitest';
import { figuresIn, isGiven, valuesIn } from '../../scripts/lib/figures';

/** The figures a summary states, as the figures report compares them with the record. */

describe('figuresIn', () => {
  it('reads digits, thousands separators, scales and number words as one value', () => {
    const values = (t: string) => figuresIn(t).map((f) => f.value);
    expect(values('A bomb kills 12 people and wounds 1,200; two soldiers die.')).toEqual([12, 1200, 2]);
    expect(values('Twenty-one runners die; thirty one arrests.')).toEqual([21, 31]);
    expect(values('Cases pass 3 million; a $5m fine and US$1.2 billion; thirty-five arrests.')).toEqual([3e6, 5e6, 1.2e9, 35]);
    expect(valuesIn('3,000,000 cases and 1200 arrests and two deaths')).toEqual(new Set([3e6, 1200, 2]));
    expect(valuesIn('from the 0-.25% range to the .25-.50% range').has(0.25)).toBe(true);
  });

  it('leaves out days of the month, times and numbers inside names', () => {
    expect(figuresIn('On 5 May and June 12 the F-35s, the G20 and COVID-19 met at 10:30 on the 21st.')).toEqual([]);
  });

  it('tells tolls, shares, money and years apart', () => {
    expect(figuresIn('Since 2015, 52% back it, €3 billion is paid and 40 people are killed.').map((f) => f.kind)).toEqual(['year', 'share', 'money', 'toll']);
  });

  it('takes "more than 300" as given by a record figure above it, up to half again', () => {
    const [floor] = figuresIn('The mudslide kills more than 300 people.');
    expect(isGiven(floor!, new Set([350]))).toBe(true);
    expect(isGiven(floor!, new Set([297, 2000]))).toBe(false);
    expect(isGiven(figuresIn('It kills 300 people.')[0]!, new Set([350]))).toBe(false);
  });
});
