import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBodies } from '../../scripts/registry/bodies';
import { readOverrides } from '../../scripts/registry/subdivisions';
import { loadDataset } from '../../scripts/lib/load-dataset';
import type { Entity } from '../../src/core/dataset/types';

/** The kinds of places and bodies news names that the registry must hold (issue 7, "Registry breadth"). */

const REGISTRY_DIR = new URL('../../scripts/registry/', import.meta.url).pathname;

const US_STATES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire',
  'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming',
];

/** The countries whose first-level subdivisions must all be there, by ISO 3166-1 code → registry id. */
const SUBDIVIDED: Record<string, string> = {
  IN: 'india', CN: 'china', RU: 'russia', UA: 'ukraine', MX: 'mexico', BR: 'brazil', NG: 'nigeria', PK: 'pakistan',
  ID: 'indonesia', DE: 'germany', CA: 'canada', AU: 'australia', SY: 'syria', IQ: 'iraq', SD: 'sudan', SO: 'somalia',
  GB: 'united-kingdom', US: 'united-states',
};

const CONTINENTS_AND_REGIONS = ['Europe', 'Africa', 'Asia', 'North America', 'South America', 'Oceania', 'Antarctica', 'Middle East', 'Latin America'];

interface SourceRegion { name: string; iso: string; reference?: { wikipedia?: string | null } }

const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_\s]+/g, ' ').trim();

let entities: Entity[];
const byTitle = new Map<string, Entity>();
const byName = new Map<string, Entity[]>();

beforeAll(() => {
  entities = loadDataset().entities;
  for (const e of entities) {
    if (e.wikipedia) byTitle.set(key(e.wikipedia), e);
    for (const n of [e.name, ...e.aliases]) byName.set(key(n), [...(byName.get(key(n)) ?? []), e]);
  }
}, 60_000);

describe('registry breadth', () => {
  it('holds at least 8,000 entities', () => {
    const counts = new Map<string, number>();
    for (const e of entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    expect(entities.length, JSON.stringify(Object.fromEntries(counts))).toBeGreaterThanOrEqual(8000);
  });

  it('holds all 50 US states as places of the United States', () => {
    const missing = US_STATES.filter((state) => {
      const names = [state, `${state} State`, `${state} (state)`, `${state} (U.S. state)`];
      return !names.some((n) => (byName.get(key(n)) ?? []).some((e) => e.type === 'place' && e.country === 'united-states' && e.id !== 'washington-d-c' && e.id !== 'new-york-city'));
    });
    expect(missing).toEqual([]);
  });

  it("gives every US state abbreviation of subdivision-overrides.yaml to that state's record alone", () => {
    const wrong: string[] = [];
    for (const [code, list] of readOverrides(REGISTRY_DIR).abbreviations) {
      for (const a of list) {
        const holders = byName.get(key(a)) ?? [];
        if (holders.length !== 1 || holders[0]!.type !== 'place' || holders[0]!.country !== 'united-states') wrong.push(`${code} ${a}: ${holders.map((h) => h.id).join(', ') || 'no record'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('holds every first-level subdivision of the countries most in the news that has an English Wikipedia article', () => {
    const require = createRequire(import.meta.url);
    const source = require('iso3166-2-db/data/iso3166-2.json') as Record<string, { regions: SourceRegion[] }>;
    const overrides = readOverrides(REGISTRY_DIR);
    const missing: string[] = [];
    let checked = 0;
    for (const [iso, countryId] of Object.entries(SUBDIVIDED)) {
      for (const region of source[iso]?.regions ?? []) {
        const code = `${iso}-${region.iso}`;
        const ref = region.reference?.wikipedia;
        const title = overrides.titles.get(code) ?? (ref?.startsWith('en:') ? decodeURIComponent(ref.slice(3)) : undefined);
        if (!title || !region.iso) continue;
        checked++;
        const bare = region.name.replace(/,\s*[^,]+$/, '');
        const held = byTitle.get(key(title)) ?? (byName.get(key(bare)) ?? []).find((e) => e.country === countryId || e.id === countryId);
        if (!held) missing.push(`${code} ${region.name} (${title})`);
        else if (held.id !== countryId) expect(held.type, code).toBe('place');
      }
    }
    expect(checked).toBeGreaterThan(450);
    expect(missing).toEqual([]);
  });

  it('holds the legislature, a highest court and the central bank of every G20 country, and the EU bodies', () => {
    const { g20, bodies } = readBodies(REGISTRY_DIR);
    expect(g20).toHaveLength(19);
    const missing: string[] = [];
    for (const country of g20) {
      for (const kind of ['legislature', 'supreme-court', 'central-bank'] as const) {
        const facts = bodies.filter((b) => b.country === country && b.kind === kind);
        if (facts.length === 0) missing.push(`${country}: no ${kind} in bodies.yaml`);
        for (const b of facts) {
          const held = byTitle.get(key(b.wikipedia)) ?? byName.get(key(b.name))?.find((e) => e.type === 'organization');
          if (!held || held.type !== 'organization') missing.push(`${country}: ${kind} ${b.name} not in the registry`);
        }
      }
    }
    for (const title of ['European Parliament', 'Court of Justice of the European Union', 'European Central Bank']) {
      if (!byTitle.has(key(title))) missing.push(title);
    }
    expect(missing).toEqual([]);
  });

  it('holds the armed forces of the countries at war, with branches, and the largest companies and news organisations', () => {
    const { bodies } = readBodies(REGISTRY_DIR);
    for (const country of ['russia', 'ukraine', 'israel', 'iran', 'sudan']) {
      const forces = bodies.filter((b) => b.country === country && (b.kind === 'armed-forces' || b.kind === 'military-branch'));
      expect(forces.length, country).toBeGreaterThanOrEqual(2);
      for (const b of forces) expect(byTitle.get(key(b.wikipedia))?.type, b.name).toBe('organization');
    }
    for (const kind of ['company', 'news-organization'] as const) {
      const listed = bodies.filter((b) => b.kind === kind);
      expect(listed.length, kind).toBeGreaterThanOrEqual(50);
      const held = listed.filter((b) => byTitle.has(key(b.wikipedia)) || byName.has(key(b.name)));
      expect(held.map((b) => b.name)).toEqual(listed.map((b) => b.name));
    }
  });

  it('holds the continents and the world regions news names', () => {
    for (const name of CONTINENTS_AND_REGIONS) {
      expect((byName.get(key(name)) ?? []).some((e) => e.type === 'place' || e.type === 'country'), name).toBe(true);
    }
  });
});
