import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { compileNames } from '../../src/core/matcher/matcher';
import { miniDataset } from './helpers/mini-dataset';

const engine = new Engine(miniDataset);

/** The entity ids found in one text, with the text each mention covers. */
function found(text: string): [string, string][] {
  return engine.scan([text]).mentions.map((m) => [text.slice(m.start, m.end), m.entity]);
}

describe('matching names in text', () => {
  it('matches whole words only', () => {
    expect(found('Russians and Russia, not Prussia or Russiagate.')).toEqual([
      ['Russians', 'russia'],
      ['Russia', 'russia'],
    ]);
  });

  it('is case-aware: "us" is not the United States, "US" is', () => {
    expect(found('Tell us more about the US position.')).toEqual([['US', 'united-states']]);
  });

  it('ignores diacritics, apostrophe and dash variants', () => {
    expect(found('Fighting near Khān Yūnis and Khan Yunis, and in Côte d’Ivoire.')).toEqual([
      ['Khān Yūnis', 'khan-younis'],
      ['Khan Yunis', 'khan-younis'],
      ['Côte d’Ivoire', 'ivory-coast'],
    ]);
    expect(found('Kim Jong-un and Kim Jong Un.').map(([, id]) => id)).toEqual(['kim-jong-un', 'kim-jong-un']);
  });

  it('knows listed spellings: Zelensky, Zelenskiy, Kiev', () => {
    expect(found('Zelensky visited Kiev; Zelenskiy spoke.').map(([, id]) => id)).toEqual(['volodymyr-zelenskyy', 'kyiv', 'volodymyr-zelenskyy']);
  });

  it('finds names before possessives and inside hyphenated compounds', () => {
    expect(found("Putin's army and Putin’s allies in the Russia-Ukraine war.", )).toEqual([
      ['Putin', 'vladimir-putin'],
      ['Putin', 'vladimir-putin'],
      ['Russia', 'russia'],
      ['Ukraine', 'ukraine'],
    ]);
  });

  it('takes the person after a title, not the title', () => {
    expect(found('President Vladimir Putin said so.')).toEqual([['Vladimir Putin', 'vladimir-putin']]);
  });

  it('reads all-caps headlines', () => {
    expect(found('PUTIN MEETS KIM JONG UN IN PYONGYANG').map(([, id]) => id)).toEqual(['vladimir-putin', 'kim-jong-un']);
  });

  it('prefers the longest name and never overlaps', () => {
    expect(found('The Kursk region and the city of Kursk.')).toEqual([
      ['Kursk region', 'kursk-oblast'],
      ['Kursk', 'kursk'],
    ]);
  });

  it('keeps trailing periods that belong to a name', () => {
    expect(found('The U.S. said no.')).toEqual([['U.S.', 'united-states']]);
  });

  it('matches a lower-case particle capitalised at the start of a sentence', () => {
    expect(found('Al-Qaeda and al-Qaeda.').map(([, id]) => id)).toEqual(['al-qaeda', 'al-qaeda']);
  });

  it('compiles no name with a bar in it: the bar joins a compiled name’s keys', () => {
    const target = { entity: 0, kind: 'name' as const };
    expect(compileNames([{ text: 'AT|T', target }, { text: 'Mercedes | Benz', target }])).toEqual([]);
    expect(compileNames([{ text: 'AT&T Inc.', target }])[0]!.slice(0, 3)).toEqual(['at|&t| inc', 'AT|T|Inc', '.']);
  });
});
