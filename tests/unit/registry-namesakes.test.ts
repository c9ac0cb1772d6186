import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/dataset/types';
import type { SourceCity } from '../../scripts/registry/lib/cities-source';
import { RegistryIndex } from '../../scripts/registry/lib/registry-index';
import { foreignNamesakeNames, markNamesakes } from '../../scripts/registry/namesakes';

/** The generator's rule for cities that share their name within one country (see scripts/registry/namesakes.ts). */

let nextId = 1;
const source = (name: string, country: string, adminCode: string, population: number, lon: number, lat: number): SourceCity => ({
  cityId: nextId++,
  name,
  altName: '',
  country,
  featureCode: 'PPL',
  adminCode,
  population,
  loc: { coordinates: [lon, lat] },
});
const city = (id: string, name: string, country: string): Entity => ({ id, type: 'place', name, aliases: [], description: `City in ${country}.`, country });

describe('cities with a namesake in their country', () => {
  const portlandOR = source('Portland', 'US', 'OR', 632_000, -122.68, 45.52);
  const portlandME = source('Portland', 'US', 'ME', 66_000, -70.26, 43.66);
  const kansasMO = source('Kansas City', 'US', 'MO', 475_000, -94.58, 39.1);
  const kansasKS = source('Kansas City', 'US', 'KS', 151_000, -94.63, 39.11);
  const jacksonFL = source('Jacksonville', 'US', 'FL', 868_000, -81.66, 30.33);
  const jacksonNC = source('Jacksonville', 'US', 'NC', 67_000, -77.43, 34.75);
  const valenciaVE = source('Valencia', 'VE', '07', 1_385_000, -68.0, 10.16);
  const valenciaVE2 = source('Valencia', 'VE', '09', 300_000, -66.0, 8.0);
  const divisions = new Map([
    ['US-OR', 'oregon'],
    ['US-MO', 'missouri'],
    ['US-FL', 'florida'],
  ]);

  it('gives the city its division and answers its name when a namesake of some size lies elsewhere in the country', () => {
    const cities = [city('portland', 'Portland', 'united-states'), city('kansas-city', 'Kansas City', 'united-states'), city('jacksonville', 'Jacksonville', 'united-states'), city('valencia', 'Valencia', 'venezuela')];
    const sourceOf = new Map([
      ['portland', portlandOR],
      ['kansas-city', kansasMO],
      ['jacksonville', jacksonFL],
      ['valencia', valenciaVE],
    ]);
    const all = [portlandOR, portlandME, kansasMO, kansasKS, jacksonFL, jacksonNC, valenciaVE, valenciaVE2];
    expect(markNamesakes(cities, sourceOf, all, (code) => divisions.get(code))).toEqual(['Portland']);
    expect(cities.map((c) => c.division)).toEqual([
      'oregon',
      // Across the river: one place listed twice, no namesake.
      undefined,
      // A tenth of the size or less.
      undefined,
      // GeoNames' codes outside the United States are not ISO codes: the division is not known for sure.
      undefined,
    ]);
  });

  it('stops the generator when the division that tells them apart has no record', () => {
    const cities = [city('portland', 'Portland', 'united-states')];
    expect(() => markNamesakes(cities, new Map([['portland', portlandOR]]), [portlandOR, portlandME], () => undefined)).toThrow(/portland: no record for its division US-OR/);
  });
});

describe('names a city of another country shares', () => {
  const manchesterGB = source('Manchester', 'GB', 'ENG', 395_000, -2.24, 53.48);
  const manchesterNH = source('Manchester', 'US', 'NH', 110_000, -71.45, 42.99);
  const londonGB = source('London', 'GB', 'ENG', 7_556_000, -0.13, 51.51);
  const londonCA = source('London', 'CA', '08', 346_000, -81.23, 42.98);
  const floridaUY = source('Florida', 'UY', '07', 33_000, -56.21, -34.1);
  const floridaCO = source('Florida', 'CO', '29', 58_000, -76.23, 3.32);
  const countries = new Map([
    ['GB', 'united-kingdom'],
    ['US', 'united-states'],
    ['CA', 'canada'],
    ['UY', 'uruguay'],
    ['CO', 'colombia'],
  ]);
  const index = new RegistryIndex();
  index.addAll([
    { ...city('manchester', 'Manchester', 'united-kingdom') },
    { ...city('london', 'London', 'united-kingdom') },
    { ...city('florida', 'Florida', 'united-states'), description: 'US state.' },
  ]);

  it("answers a registry city's name when a city of another country of some size shares it", () => {
    // London, Ontario is under a tenth of London's size; Florida is a state, not a city (and no Florida is ours).
    expect(foreignNamesakeNames([manchesterGB, manchesterNH, londonGB, londonCA, floridaUY, floridaCO], index, (iso) => countries.get(iso), new Set(['florida']))).toEqual(['Manchester']);
  });
});
