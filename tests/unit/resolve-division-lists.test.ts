import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/core/engine';
import type { Entity } from '../../src/core/dataset/types';
import { miniDataset } from './helpers/mini-dataset';

const place = (id: string, name: string, country: string, description: string): Entity => ({ id, type: 'place', name, aliases: [], description, country });
const city = (id: string, name: string, country: string) => place(id, name, country, `City in ${country}, for tests.`);
const province = (id: string, name: string, country: string, code: string) => place(id, name, country, `A province of ${country} (ISO 3166-2 code ${code}).`);

const engine = new Engine({
  ...miniDataset,
  entities: [
    ...miniDataset.entities,
    { id: 'argentina', type: 'country', name: 'Argentina', aliases: [], description: 'Country, for tests.', demonyms: ['Argentine'] },
    { id: 'spain', type: 'country', name: 'Spain', aliases: [], description: 'Country, for tests.' },
    city('cordoba', 'Córdoba', 'argentina'),
    city('cordoba-spain', 'Córdoba', 'spain'),
    city('santa-fe', 'Santa Fe', 'argentina'),
    city('rosario', 'Rosario', 'argentina'),
    city('seville', 'Seville', 'spain'),
    province('cordoba-province', 'Córdoba Province', 'argentina', 'AR-X'),
    province('santa-fe-province', 'Santa Fe Province', 'argentina', 'AR-S'),
    province('chubut', 'Chubut', 'argentina', 'AR-U'),
    province('buenos-aires-province', 'Buenos Aires Province', 'argentina', 'AR-B'),
    city('buenos-aires', 'Buenos Aires', 'argentina'),
  ],
});

function links(text: string): [string, string][] {
  return engine.scan([text]).mentions.map((m) => [text.slice(m.start, m.end), m.entity]);
}

describe("a list of one country's divisions", () => {
  it('takes the cities a list shares with divisions for the divisions where the page names that kind of division', () => {
    expect(links('Rain reached 27 mm in Buenos Aires province, 83 mm in Cordoba, 41 in Santa Fe and 12 in Formosa.')).toEqual([
      ['Buenos Aires', 'buenos-aires-province'],
      ['Cordoba', 'cordoba-province'],
      ['Santa Fe', 'santa-fe-province'],
    ]);
    // A name the list made a division is the division when the page repeats it.
    expect(links('Harvest is near completion in Cordoba and Santa Fe. Frost hit Buenos Aires province. Trials began in Santa Fe.').map(([, e]) => e)).toEqual([
      'cordoba-province',
      'santa-fe-province',
      'buenos-aires-province',
      'santa-fe-province',
    ]);
  });

  it('takes a list with a name that is only a division for a list of divisions', () => {
    expect(links('Drought persists in Chubut, Cordoba and Santa Fe.')).toEqual([
      ['Chubut', 'chubut'],
      ['Cordoba', 'cordoba-province'],
      ['Santa Fe', 'santa-fe-province'],
    ]);
  });

  it('leaves the cities alone where nothing says divisions are meant, or most of the list is no division', () => {
    expect(links('Trains link Santa Fe, Cordoba and Rosario.').map(([, e]) => e)).toEqual(['santa-fe', 'cordoba', 'rosario']);
    // The page names Argentina's divisions, but this list is mostly cities.
    expect(links('Frost hit Buenos Aires province. The band plays Rosario, Seville and Cordoba.').map(([t, e]) => `${t}:${e}`)).not.toContain('Cordoba:cordoba-province');
    // One name is no list: on a page about Argentina's divisions it is the city or the province, so it stays unlinked.
    expect(links('Frost hit Buenos Aires province. Flights to Cordoba resumed.').map(([t]) => t)).toEqual(['Buenos Aires']);
    // A sentence ends a list.
    expect(links('Frost hit Buenos Aires province. Cordoba. Santa Fe.').map(([t]) => t)).toEqual(['Buenos Aires']);
  });
});
