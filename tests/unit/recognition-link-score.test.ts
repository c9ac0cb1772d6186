import { describe, expect, it } from 'vitest';
import { judge, linkAccuracy, partShare, registryLookup, registryRecall, scoreBenchmark, type FoundMention, type GoldDocument, type ScoredEntity } from '../../scripts/lib/link-score';

/** The public-gold scorer on a document small enough to judge by hand. */

const ohio: ScoredEntity = { id: 'ohio', name: 'Ohio', type: 'place', aliases: [], wikidata: 'Q1397' };
const us: ScoredEntity = { id: 'united-states', name: 'United States', type: 'country', aliases: ['U.S.'], wikidata: 'Q30', demonyms: ['American'] };
const paris: ScoredEntity = { id: 'paris', name: 'Paris', type: 'place', aliases: [], wikipedia: 'Paris' };
const may: ScoredEntity = { id: 'theresa-may', name: 'Theresa May', type: 'person', aliases: [], wikidata: 'Q264766' };
const putin: ScoredEntity = { id: 'vladimir-putin', name: 'Vladimir Putin', type: 'person', aliases: [], wikidata: 'Q7747' };

//           0         1         2         3         4         5         6         7         8         9
//           0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456
const text = 'Ohio State Buckeyes football fans in Ohio and Paris met Americans in May. Putin stayed home.';
const doc: GoldDocument = {
  id: 1,
  text,
  evaluation_span: [0, 73],
  labels: [
    { span: [0, 28], entity_id: 'Q1345', name: 'Ohio State Buckeyes football', type: 'Q43229' },
    { span: [37, 41], entity_id: 'Q1397', name: 'Ohio', type: 'Q27096213' },
    { span: [46, 51], entity_id: 'Q90', name: 'Paris', type: 'Q515' },
    { span: [56, 65], entity_id: 'Q846570', name: 'Americans', type: 'Q33829' },
    { span: [69, 72], entity_id: 'DATETIME', name: 'May', type: 'DATETIME' },
  ],
};
const at = (start: number, end: number, entity: ScoredEntity): FoundMention => ({ start, end, entity });

describe('scoring links against public gold', () => {
  it('judges each mention against the smallest label it overlaps', () => {
    expect(judge(doc, at(0, 4, ohio)).verdict).toBe('part');
    expect(judge(doc, at(37, 41, ohio)).verdict).toBe('right');
    expect(judge(doc, at(37, 41, us)).verdict).toBe('other');
    // No Wikidata id: the name decides.
    expect(judge(doc, at(46, 51, paris)).verdict).toBe('right');
    expect(judge(doc, at(56, 65, us)).verdict).toBe('right');
    expect(judge(doc, at(69, 72, may)).verdict).toBe('other');
    expect(judge(doc, at(74, 79, putin)).verdict).toBe('unlabelled');
  });

  it('sums accuracy, parts and recall over a benchmark, inside the evaluated span only', () => {
    const found = [at(0, 4, ohio), at(37, 41, us), at(46, 51, paris), at(56, 65, us), at(69, 72, may), at(74, 79, putin)];
    const holds = registryLookup([ohio, us, paris, may, putin]);
    const s = scoreBenchmark('tiny', [doc], () => found, holds);
    // Putin lies past the evaluated span and is not counted at all.
    expect([s.mentions, s.right, s.part, s.other, s.unlabelled]).toEqual([5, 2, 1, 2, 0]);
    expect(linkAccuracy(s)).toBeCloseTo(0.5);
    expect(partShare(s)).toBeCloseTo(0.2);
    // Recallable: Ohio and Paris (the club is not in the registry; the people and the date are not of those types).
    expect(s.known).toBe(2);
    expect(s.recalled).toBe(1);
    expect(registryRecall(s)).toBeCloseTo(0.5);
    expect(s.missed.map((m) => m.label.name)).toEqual(['Ohio']);
  });
});
