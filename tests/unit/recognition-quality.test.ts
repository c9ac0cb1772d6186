import { beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import { evaluatePages, evaluateSentenceFiles, overall, precision, recall, type Score } from '../../scripts/lib/evaluate';
import { loadDataset } from '../../scripts/lib/load-dataset';

/** Recognition against the hand-made gold mentions (tests/gold): what `npm run eval` prints, held to its floor. */

let scores: Score[];
let data: ReturnType<typeof loadDataset>;
let engine: Engine;

beforeAll(() => {
  // Loaded once: reading the YAML takes seconds on a loaded machine, beyond a test's own time limit.
  data = loadDataset();
  engine = new Engine(data);
  scores = [...evaluatePages(engine), ...evaluateSentenceFiles(engine)];
}, 60_000);

/** The words of a one-block text that are linked, in order. */
const linked = (text: string) => engine.scan([text]).mentions.map((m) => text.slice(m.start, m.end));
/** The entities a one-block text links, in order. */
const ids = (text: string) => engine.scan([text]).mentions.map((m) => m.entity);

describe('recognition quality', () => {
  it('holds precision ≥ 0.97 and recall ≥ 0.90 on the gold mentions of registry entities', () => {
    const all = overall(scores);
    const report = scores.map((s) => `${s.name}: P ${precision(s).toFixed(3)} R ${recall(s).toFixed(3)}`).join('\n');
    expect(all.gold, 'gold mentions').toBeGreaterThan(500);
    expect(precision(all), report).toBeGreaterThanOrEqual(0.97);
    expect(recall(all), report).toBeGreaterThanOrEqual(0.9);
  });

  it('gets the hard sentences right: ambiguous names, variants, demonyms, seats of government', () => {
    const sentences = scores.find((s) => s.name === 'sentences.json')!;
    expect(precision(sentences), sentences.errors.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(recall(sentences), sentences.errors.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('reasons kept for what is not linked', () => {
  it("says a paper's short form is no one's when two papers of that word are named", () => {
    const text = 'The New York Times and the Los Angeles Times both ran the story. The Times said it stood by it.';
    const scan = engine.scan([text]);
    expect(scan.mentions.map((m) => m.entity)).toEqual(['the-new-york-times', 'los-angeles-times']);
    expect(scan.rejected.map((r) => [text.slice(r.start, r.end), r.reason])).toContainEqual(['The Times', 'several papers of that name on the page']);
  });
});

describe("a city's possessive before one of its airports or stadiums", () => {
  it('is part of that facility\'s name, and stays the city before anything else', () => {
    expect(linked("Fog grounded flights at London's Heathrow Airport for a second day.")).toEqual([]);
    expect(linked("Crowds filled Moscow's Luzhniki Stadium.")).toEqual([]);
    expect(engine.scan(["Fog grounded flights at London's Heathrow Airport."]).rejected.map((r) => r.reason)).toContain('part of a longer name');
    expect(linked("London's mayor said the new line would open in May.")).toEqual(['London']);
    expect(linked("Moscow's airports were closed to drones, officials said.")).toEqual(['Moscow']);
  });
});

describe("an owner's possessive before one of its bodies", () => {
  it("is part of that body's name for an organisation or a state's department, and stays the owner otherwise", () => {
    expect(linked("Engineers at NASA's Jet Propulsion Laboratory lost contact with the probe.")).toEqual([]);
    expect(linked('Engineers at NASA \'s Jet Propulsion Laboratory lost contact with the probe.')).toEqual([]);
    expect(linked("Inspectors from California's Division of Occupational Safety and Health closed the plant.")).toEqual([]);
    expect(engine.scan(["Engineers at NASA's Jet Propulsion Laboratory."]).rejected.map((r) => r.reason)).toContain('part of a longer name');
    expect(linked("NASA's budget for the Mars mission was cut again, the agency said.")).toEqual(['NASA']);
    expect(linked("California's health department warned of a measles outbreak.")).toEqual(['California']);
    expect(linked("She studied at London's Emanuel School as a girl.")).toEqual(['London']);
    expect(linked("Britain's Office for National Statistics said inflation rose.")).toEqual(['Britain']);
  });
});

describe('the time a referee adds to a match', () => {
  it('makes a block a sports report, where a country that owns is its side; other injuries and extra time do not', () => {
    expect(linked("Italy's pressure told in stoppage time, when a low shot ended the game.")).toEqual([]);
    expect(linked("Spain 's charge came late , a header in injury-time deciding the game .")).toEqual([]);
    expect(linked("Italy's government asked for extra time to meet the deficit target in the game of budget talks.")).toEqual(['Italy']);
    expect(linked("Italy's prime minister missed the game with an injury, aides said.")).toEqual(['Italy']);
    expect(linked("The court heard that the injury time limits in Italy's law were unfair.")).toEqual(['Italy']);
  });
});

describe("a capital's possessive, a word that qualifies, and a government noun", () => {
  it('is the government; other nouns after such a word leave the city', () => {
    expect(ids("Pyongyang warned that Seoul's joint military exercise with Washington was a rehearsal for war.")).toEqual(['north-korea', 'south-korea', 'united-states']);
    expect(ids("Seoul's new subway line opened on Monday.")).toEqual(['seoul']);
    expect(ids("Moscow's new mayor promised cleaner streets.")).toEqual(['moscow']);
  });
});

describe('a place named in a list of performers', () => {
  it("is a band's name; cities named beside bands and the verb 'acts like' leave the place", () => {
    expect(linked('The 1970 festival outdrew all others, with acts like Hendrix, Chicago, and Mitchell on its bill.')).toEqual([]);
    expect(linked('Rock bands such as Boston and Kansas sold out arenas that summer.')).toEqual([]);
    expect(engine.scan(['Rock bands such as Boston toured.']).rejected.map((r) => r.reason)).toContain('a band of that name');
    expect(linked('The festival brought bands from cities like Chicago and Detroit.')).toEqual(['Chicago', 'Detroit']);
    expect(linked('He acts like Chicago owes him a favour, his rivals say.')).toEqual(['Chicago']);
  });
});

describe('a city that shares its name with another city of its country', () => {
  it('is linked only where its own division is named, never after another division of the country', () => {
    expect(ids('Protesters gathered in Portland, Ore., on Saturday. Police in Portland made arrests.')).toEqual(['portland', 'oregon', 'portland']);
    expect(ids('Trump sent the National Guard to Portland after protests in Oregon.')).toContain('portland');
    expect(linked('The storm reached Portland, Maine, overnight. In Oregon, skies were clear.')).toEqual(['Maine', 'Oregon']);
    // Another state of the country fits Portland, Maine as well as Portland, Oregon.
    expect(linked('Klein comes to Portland from Norcross, Ga., where she was a manager.')).toEqual(['Ga.']);
    expect(linked('She was born in Portland and moved to Seattle.')).toEqual(['Seattle']);
  });
});

describe('a city that a city of another country shares the name of', () => {
  it('is linked only with something of its own country on the page, and a word of place does not settle it', () => {
    expect(linked('The Alabama governor visited Birmingham on Tuesday after the storm.')).toEqual(['Alabama']);
    expect(linked('Voters in Manchester lined up early for the New Hampshire primary.')).toEqual(['New Hampshire']);
    expect(linked('Police in Odessa, a city in West Texas, said the gunman was killed.')).toEqual([]);
    expect(ids('Odessa was shelled again overnight, Ukrainian officials said.')).toEqual(['odesa', 'ukraine']);
    expect(ids('The Prime Minister visited Birmingham and Leeds to talk about the NHS.')).toContain('birmingham');
  });
});

describe('the registry', () => {
  it('holds at least 3,000 entities, every country, and at least 500 people', () => {
    expect(data.entities.length).toBeGreaterThanOrEqual(3000);
    expect(data.entities.filter((e) => e.type === 'country').length).toBeGreaterThanOrEqual(240);
    expect(data.entities.filter((e) => e.type === 'person').length).toBeGreaterThanOrEqual(500);
    for (const id of ['kim-jong-un', 'north-korea', 'korean-central-news-agency', 'russia', 'moscow', 'pyongyang', 'ukraine', 'kursk-oblast', 'south-korea', 'seoul', 'united-states', 'donald-trump', 'vladimir-putin', 'volodymyr-zelenskyy']) {
      expect(data.entities.some((e) => e.id === id), id).toBe(true);
    }
  }, 60_000);
});
