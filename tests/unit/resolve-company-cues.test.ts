import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { miniDataset } from './helpers/mini-dataset';

// A company named by a common word: in the ambiguous list, so it needs evidence on the page.
const engine = new Engine({
  ...miniDataset,
  entities: [
    ...miniDataset.entities,
    { id: 'apple-inc', type: 'organization', name: 'Apple Inc.', aliases: ['Apple'], description: 'US maker of phones and computers, for tests.', country: 'united-states' },
  ],
  ambiguousNames: [...miniDataset.ambiguousNames, 'Apple'],
});

function links(text: string): [string, string, string][] {
  return engine.scan([text]).mentions.map((m) => [text.slice(m.start, m.end), m.entity, m.reason]);
}

describe('a company named by a common word', () => {
  it('is the company after one of its offices or its shares, or where the sentence says it is a company', () => {
    for (const text of [
      'The former CEO of Apple spoke at the graduation.',
      'The co-founder of Apple gave the speech.',
      'Analysts expect the chief executive of Apple to resign.',
      'Shares of Apple fell 3 percent.',
      'A fund took a stake in Apple.',
      'While Apple is an electronics company, others sell clothes.',
    ]) {
      expect(links(text), text).toEqual([['Apple', 'apple-inc', 'a company by what the text says of it']]);
    }
  });

  it('stays unlinked with no such cue, inside a longer name, or where the sentence says it is something else', () => {
    for (const text of ['Apple pie was served.', 'She became the CEO of Apple Valley Bank.', 'Apple is a fruit that keeps well.', 'Apple Valley is a town.']) {
      expect(links(text), text).toEqual([]);
    }
  });
});
