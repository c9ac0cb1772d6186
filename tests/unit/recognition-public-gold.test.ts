import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { linkAccuracy, partShare, registryRecall, type LinkScore } from '../../scripts/lib/link-score';
import { evaluatePublicGold } from '../../scripts/lib/public-gold';
import { loadDataset } from '../../scripts/lib/load-dataset';

/**
 * Recognition on public entity-linking gold (../shared/datasets/entity-linking/), scored by its README's rule: what
 * `npm run eval` prints, held at the figures reached. The targets are higher (accuracy ≥ 0.97, parts ≤ 3 %,
 * recall ≥ 0.85; rss-500 accuracy ≥ 0.95); a floor here only ever moves towards them.
 */

const FLOORS: Record<string, { accuracy: number; parts: number; recall: number }> = {
  'msnbc-updated': { accuracy: 0.975, parts: 0.025, recall: 0.945 },
  // Reuters-128 labels "Treasury" in "Treasury Secretary James Baker" as the department, Spotlight the same words as part
  // of the office "Secretary of the Treasury"; we read it as the office (a piece of a longer name), which costs one of
  // Reuters' 224 names: 0.723 → 0.719.
  // "the deal with Japan" in a block whose only word of sport is "match" is the country, "Corp of Manila" the seat
  // (ADR 26): 0.804 → 0.813.
  // A list of names most of which are one country's divisions, on a page that names that kind of division, is the
  // divisions ("83 mm in Cordoba, 41 in Santa Fe"), and seven generated divisions carry their Wikidata ids (ADR 28):
  // 0.813 → 0.853.
  'reuters-128': { accuracy: 0.975, parts: 0.025, recall: 0.85 },
  spotlight: { accuracy: 0.95, parts: 0.11, recall: 0.9 },
  // KORE50 gained one name (0.769 → 0.786) from a rule that linked a surname shared by several people to the best known
  // with no evidence on the page; issue 7 allows a bare surname only with evidence, and the rule linked "Clinton police"
  // to Hillary Clinton, so it went and the floor is back where it stood before it.
  // A common-word company's name after one of its offices or shares ("the former CEO of Apple"), or where the sentence
  // says it is a company ("Apple is an electronics company"), is the company (ADR 28): 0.500 → 0.625.
  // A place's name in a list of performers ("with acts like Davis, Chicago, and Mitchell") is a band's (ADR 31):
  // accuracy 0.857 → 0.923.
  // Scored more strictly, not worse (ADR 33): "Cairo", the code name of a Microsoft project, had matched our Cairo by
  // name alone; with Cairo's Wikidata id it is the wrong link it always was: 0.923 → 0.846.
  kore50: { accuracy: 0.84, parts: 0.01, recall: 0.62 },
  // "the Vatican" acting is the Holy See, its own record since ADR 26, and Zürich and Thessaloniki carry their
  // Wikidata ids: 0.941 → 0.965.
  'oke-2015-eval': { accuracy: 0.96, parts: 0.065, recall: 0.945 },
  // OKE-2016 labels "Poughkeepsie, N.Y." as one span, the city; the state's abbreviation we link inside it (ADR 23)
  // counts as a part of a longer name: 1 of 44 mentions, 0 % → 2.3 %.
  'oke-2016-eval': { accuracy: 0.97, parts: 0.025, recall: 0.9 },
  // Two names marked a sentence: accuracy and recall only.
  // A place that wins world titles, and a city's "president" or "owner" in a block surely of sport, are a team's
  // (ADR 28): 0.841 → 0.857.
  // An organisation's possessive before one of its bodies ("NASA's Jet Propulsion Laboratory"), and a state's before
  // one of its government's divisions, are part of that body's name (ADR 31): 0.857 → 0.874. al-Shabaab's record
  // carries its Wikidata id: 0.874 → 0.883. "In injury time" makes a block a match report, where "France's charge" is
  // the side's: 0.883 → 0.892.
  // Scored more strictly, not worse (ADR 33): three bare "Portland"s that the gold means as Portland, Maine had matched
  // our Portland, Oregon by name alone; with its Wikidata id they are the wrong links they always were:
  // 0.892 → 0.863, and recall 0.841 → 0.837 (fewer names count as held: some named as ours are other things).
  // A city with a namesake in its country is linked only where its state is named (ADR 35): those three go, 0.863 → 0.889.
  'rss-500': { accuracy: 0.885, parts: 1, recall: 0.835 },
};

let scores: LinkScore[];

beforeAll(() => {
  scores = evaluatePublicGold(new Engine(loadDataset()));
}, 120_000);

describe('recognition on public entity-linking gold', () => {
  it('scores every benchmark in the folder', () => {
    expect(scores.map((s) => s.name).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  it.each(Object.entries(FLOORS))('%s holds its link accuracy, share of parts of longer names and recall', (name, floor) => {
    const s = scores.find((x) => x.name === name)!;
    const wrong = s.judged.filter((j) => j.verdict === 'other' || j.verdict === 'part').map((j) => `${j.verdict}: ${j.mention.entity.id} ≠ ${j.label!.name} ${j.context}`);
    expect(linkAccuracy(s), wrong.join('\n')).toBeGreaterThanOrEqual(floor.accuracy);
    expect(partShare(s), wrong.join('\n')).toBeLessThanOrEqual(floor.parts);
    expect(registryRecall(s)).toBeGreaterThanOrEqual(floor.recall);
  });
});
