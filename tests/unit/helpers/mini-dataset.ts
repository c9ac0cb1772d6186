import type { WholeDataset } from '../../../src/core/dataset/compiled';
import type { Entity, Event } from '../../../src/core/dataset/types';

/** A small dataset written for the tests, so that matcher and resolver rules are pinned independently of the real one. */
const e = (id: string, type: Entity['type'], name: string, aliases: string[] = [], extra: Partial<Entity> = {}): Entity => ({
  id,
  type,
  name,
  aliases,
  description: `${name}, for tests.`,
  ...extra,
});

export const entities: Entity[] = [
  e('russia', 'country', 'Russia', ['Russian Federation'], { demonyms: ['Russian'] }),
  e('ukraine', 'country', 'Ukraine', [], { demonyms: ['Ukrainian'] }),
  e('north-korea', 'country', 'North Korea', ['DPRK'], { demonyms: ['North Korean'] }),
  e('south-korea', 'country', 'South Korea', [], { demonyms: ['South Korean'] }),
  e('united-states', 'country', 'United States', ['U.S.', 'US', 'USA'], { demonyms: ['American'] }),
  e('jordan', 'country', 'Jordan', [], { demonyms: ['Jordanian'] }),
  e('georgia', 'country', 'Georgia', [], { demonyms: ['Georgian'] }),
  e('israel', 'country', 'Israel', [], { demonyms: ['Israeli'] }),
  e('ivory-coast', 'country', 'Ivory Coast', ["Côte d'Ivoire"], { demonyms: ['Ivorian'] }),
  e('georgia-u-s-state', 'place', 'Georgia', ['Ga.'], { country: 'united-states' }),
  e('atlanta', 'place', 'Atlanta', [], { country: 'united-states' }),
  e('amman', 'place', 'Amman', [], { country: 'jordan', standsFor: 'jordan' }),
  e('moscow', 'place', 'Moscow', [], { country: 'russia', standsFor: 'russia' }),
  e('seoul', 'place', 'Seoul', [], { country: 'south-korea', standsFor: 'south-korea' }),
  e('kyiv', 'place', 'Kyiv', ['Kiev'], { country: 'ukraine', standsFor: 'ukraine' }),
  e('khan-younis', 'place', 'Khan Younis', ['Khan Yunis']),
  e('kursk-oblast', 'place', 'Kursk Oblast', ['Kursk region'], { country: 'russia' }),
  e('kursk', 'place', 'Kursk', [], { country: 'russia' }),
  e('kremlin', 'place', 'Kremlin', ['Moscow Kremlin'], { country: 'russia', standsFor: 'russia' }),
  e('vladimir-putin', 'person', 'Vladimir Putin', [], { country: 'russia' }),
  e('volodymyr-zelenskyy', 'person', 'Volodymyr Zelenskyy', ['Zelensky', 'Zelenskiy', 'Volodymyr Zelensky'], { country: 'ukraine' }),
  e('kim-jong-un', 'person', 'Kim Jong Un', ['Kim Jong-un'], { country: 'north-korea' }),
  e('kim-yo-jong', 'person', 'Kim Yo Jong', [], { country: 'north-korea' }),
  e('kim-kardashian', 'person', 'Kim Kardashian', [], { country: 'united-states' }),
  e('donald-trump', 'person', 'Donald Trump', ['Donald J. Trump'], { country: 'united-states' }),
  e('theresa-may', 'person', 'Theresa May', []),
  e('abdullah-ii-of-jordan', 'person', 'King Abdullah II', ['Abdullah II'], { country: 'jordan' }),
  e('paris-hilton', 'person', 'Paris Hilton', [], { country: 'united-states' }),
  e('paris', 'place', 'Paris', []),
  e('korean-central-news-agency', 'organization', 'Korean Central News Agency', ['KCNA'], { country: 'north-korea' }),
  e('al-qaeda', 'organization', 'al-Qaeda', ['Al Qaeda']),
];

export const events: Event[] = [
  {
    id: '2024-06-19-pact',
    date: '2024-06-19',
    summary: 'Putin and Kim sign a defence pact.',
    entities: ['vladimir-putin', 'kim-jong-un', 'russia', 'north-korea'],
    story: 'Russia–North Korea relations',
    sources: [{ url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2024_June_19' }],
  },
  {
    id: '2025-04-28-kursk-troops',
    date: '2025-04-28',
    summary: 'North Korea confirms its troops fought in Kursk.',
    entities: ['north-korea', 'kursk-oblast', 'kim-jong-un'],
    story: 'Russia–North Korea relations',
    sources: [{ url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2025_April_28' }],
  },
  {
    id: '2019-06-30-dmz',
    date: '2019-06-30',
    summary: 'Trump meets Kim at the DMZ.',
    entities: ['donald-trump', 'kim-jong-un'],
    sources: [{ url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2019_June_30' }],
  },
  {
    id: '2025-09-03-beijing-parade',
    date: '2025-09-03',
    summary: 'Kim attends a parade in Beijing.',
    entities: ['kim-jong-un', 'vladimir-putin'],
    sources: [{ url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2025_September_3' }],
  },
  {
    id: '2021-01-01-unrelated',
    date: '2021-01-01',
    summary: 'Kim gives a new-year speech.',
    entities: ['kim-jong-un'],
    sources: [{ url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2021_January_1' }],
  },
  // Putin as the news names him: often enough (ten events or more) for his surname alone to name him.
  ...Array.from({ length: 8 }, (_, i): Event => ({
    id: `2019-0${i + 1}-15-kremlin-${i + 1}`,
    date: `2019-0${i + 1}-15`,
    summary: 'Putin addresses officials in the Kremlin.',
    entities: ['vladimir-putin'],
    sources: [{ url: `https://en.wikipedia.org/wiki/Portal:Current_events/2019_${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'][i]}_15` }],
  })),
];

export const miniDataset: WholeDataset = {
  format: 'backstory-compiled',
  version: 1,
  entities,
  events,
  ambiguousNames: ['Jordan', 'Georgia', 'May', 'Kim', 'Paris', 'Nice'],
};
