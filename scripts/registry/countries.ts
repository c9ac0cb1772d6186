/** Builds country and territory records from the world-countries package plus country-overrides.yaml. */
import type { Country } from "world-countries";
import type { CountryOverrides, CountryOverride } from "./lib/overrides.js";
import type { CountryTable } from "./lib/country-ids.js";
import type { Entity } from "./lib/types.js";
import { WIKIDATA } from "../../src/core/dataset/validate.js";
import { addUnique, isLatinScript, nameKey, withArticle } from "./lib/text.js";

const EMPTY: CountryOverride = { aliases: [], dropAliases: [] };

/** How a sub-region reads after "in". */
function regionPhrase(c: Country): string {
  const sub = c.subregion || c.region;
  if (sub === "Caribbean") return "the Caribbean";
  if (sub === "Australia and New Zealand") return "Oceania";
  if (sub === "" || sub === "Antarctic") return "the far Southern Ocean";
  return sub;
}

function describe(c: Country, o: CountryOverride, displayName: (id: string) => string): string {
  if (o.description) return o.description;
  const where = regionPhrase(c);
  const capital = c.capital.length > 0 ? `; capital ${c.capital.join(", ").replace(/\.$/, "")}` : "";
  if (o.sovereign) return `Territory of ${displayName(o.sovereign)} in ${where}${capital}.`;
  if (!c.independent) return `Territory in ${where}${capital}.`;
  return `Country in ${where}${capital}.`;
}

/** Real-name alternative spellings: no ISO-style codes, no native-script strings, no inverted "X, Y of" forms. */
function usableAltSpelling(s: string): boolean {
  if (/^[A-Z]{2,3}$/.test(s)) return false;
  if (s.includes(",")) return false;
  return isLatinScript(s);
}

/** The CSV's item, or the override's where the CSV has none; two different items for one country stop the generator. */
function countryItem(id: string, fromCsv: string | undefined, fromOverride: string | undefined): string | undefined {
  if (fromOverride !== undefined && !WIKIDATA.test(fromOverride)) throw new Error(`country-overrides.yaml: ${id}: wikidata: ${fromOverride} is not a Wikidata item id`);
  if (fromCsv && fromOverride && fromCsv !== fromOverride) throw new Error(`country-overrides.yaml: ${id}: wikidata: ${fromOverride}, but the leaders' CSV gives ${fromCsv}`);
  return fromCsv ?? fromOverride;
}

export function buildCountries(table: CountryTable, overrides: CountryOverrides, wikidataById: Map<string, string>): Entity[] {
  const displayName = (id: string): string => {
    const rec = table.records.get(id);
    const o = overrides.countries.get(id);
    return withArticle(o?.name ?? rec?.name.common ?? id);
  };
  const never = overrides.neverAliases;
  const entities: Entity[] = [];
  for (const [id, c] of table.records) {
    const o = overrides.countries.get(id) ?? EMPTY;
    const name = o.name ?? c.name.common;
    const aliases: string[] = [];
    const exclude = [name, ...o.dropAliases, ...never];
    if (o.name) addUnique(aliases, c.name.common, exclude);
    addUnique(aliases, c.name.official, exclude);
    for (const a of o.aliases) addUnique(aliases, a, exclude);
    for (const a of c.altSpellings) if (usableAltSpelling(a)) addUnique(aliases, a, exclude);
    for (const lang of overrides.translationLanguages) {
      const t = c.translations[lang]?.common;
      if (!t || !isLatinScript(t) || t.length < 4 || /[(),]/.test(t)) continue;
      addUnique(aliases, t, exclude);
    }
    const demonyms: string[] = [];
    for (const d of o.demonyms ?? (c.demonyms.eng?.m ?? "").split(/, | or /)) addUnique(demonyms, d.trim(), [name, ...aliases]);
    // French forms too (masculine and feminine), for French-language pages.
    for (const d of [c.demonyms.fra?.m, c.demonyms.fra?.f]) {
      if (d && isLatinScript(d) && !/[(),]|\bet\b/.test(d)) addUnique(demonyms, d.trim(), [name, ...aliases, ...never]);
    }
    const entity: Entity = {
      id,
      type: "country",
      name,
      aliases,
      description: describe(c, o, displayName),
      wikidata: countryItem(id, wikidataById.get(id), o.wikidata),
      wikipedia: o.wikipedia ?? c.name.common,
      demonyms,
    };
    if (o.sovereign) entity.country = o.sovereign;
    if (o.standsFor) entity.standsFor = o.standsFor;
    entities.push(entity);
  }
  removeSharedNames(entities, (id) => table.records.get(id)?.area ?? 0);
  return entities;
}

/** An alias or demonym claimed by two countries is ambiguous: keep it only where it is the canonical name
 * (aliases) or the largest sovereign country (demonyms), drop it elsewhere. */
function removeSharedNames(entities: Entity[], area: (id: string) => number): void {
  const nameOwner = new Map(entities.map((e) => [nameKey(e.name), e.id]));
  const aliasCount = new Map<string, number>();
  for (const e of entities) for (const a of e.aliases) aliasCount.set(nameKey(a), (aliasCount.get(nameKey(a)) ?? 0) + 1);
  for (const e of entities) {
    e.aliases = e.aliases.filter((a) => {
      const owner = nameOwner.get(nameKey(a));
      if (owner !== undefined && owner !== e.id) return false;
      return (aliasCount.get(nameKey(a)) ?? 0) === 1;
    });
  }
  const demonymOwners = new Map<string, Entity[]>();
  for (const e of entities) for (const d of e.demonyms ?? []) demonymOwners.set(d, [...(demonymOwners.get(d) ?? []), e]);
  for (const [d, owners] of demonymOwners) {
    if (owners.length < 2) continue;
    const ranked = [...owners].sort((a, b) => Number(b.country === undefined) - Number(a.country === undefined) || area(b.id) - area(a.id));
    const keep = ranked[0];
    for (const e of owners) if (e !== keep) e.demonyms = (e.demonyms ?? []).filter((x) => x !== d);
  }
}
