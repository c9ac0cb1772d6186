/** Builds first-level subdivisions (US states, Indian states, Russian oblasts…) from the iso3166-2-db package,
 * with titles and kinds from subdivision-overrides.yaml. A division the registry already holds (same Wikipedia
 * title, or the same name in the same country: Berlin, Beijing, New York) is merged into that record, i.e. not
 * generated again. */
import { createRequire } from "node:module";
import { join } from "node:path";
import type { CountryTable } from "./lib/country-ids.js";
import { readRecord, strings } from "./lib/overrides.js";
import type { RegistryIndex } from "./lib/registry-index.js";
import { addUnique, isLatinScript, nameKey, slugify, withArticle } from "./lib/text.js";
import type { Entity } from "./lib/types.js";

interface SourceRegion {
  name: string;
  iso: string;
  reference?: { wikipedia?: string | null };
}

interface SourceCountry {
  iso: string;
  regions: SourceRegion[];
}

export interface Subdivision extends Entity {
  /** ISO 3166-2 code, e.g. "US-GA". */
  code: string;
}

export interface SubdivisionResult {
  entities: Subdivision[];
  /** Names that also mean something else: linked only with evidence from the page. */
  ambiguousNames: string[];
  /** ISO 3166-2 code → id of the record that holds the division (generated or already in the registry). */
  heldBy: Map<string, string>;
  /** Abbreviations a record the generator does not write (a curated one) must carry itself: id → abbreviations. */
  abbreviationsHeldElsewhere: Map<string, string[]>;
}

/** Words that name a kind of division, read from the end of a name or title ("Lviv Oblast", "Kano State"). */
const KIND_WORDS: [RegExp, string][] = [
  [/\bAutonomous Okrug\b/i, "autonomous okrug"],
  [/\bAutonomous Oblast\b/i, "autonomous oblast"],
  [/\bAutonomous Republic\b/i, "autonomous republic"],
  [/\bAutonomous Region\b/i, "autonomous region"],
  [/\bOblast\b/i, "oblast"],
  [/\bKrai\b/i, "krai"],
  [/\bGovernorate\b/i, "governorate"],
  [/\bProvince\b/i, "province"],
  [/\bPrefecture\b/i, "prefecture"],
  [/\bCapital Territory\b/i, "capital territory"],
  [/\bTerritor(y|ies)\b/i, "territory"],
  [/\bState\b/, "state"],
  [/\bCounty\b/, "county"],
  [/\(state\)/i, "state"],
  [/\(province\)/i, "province"],
];

interface Overrides {
  titles: Map<string, string>;
  kinds: Map<string, string>;
  countryKinds: Map<string, string>;
  /** ISO 3166-1 codes of the countries whose divisions the registry must hold in full. */
  required: Set<string>;
  /** ISO 3166-2 code → the short forms of a dateline or address ("Calif.", "N.J."). */
  abbreviations: Map<string, string[]>;
  /** ISO 3166-2 code → the division's Wikidata id, where we are sure of it. */
  wikidata: Map<string, string>;
}

export function readOverrides(dir: string): Overrides {
  const raw = readRecord(join(dir, "subdivision-overrides.yaml"));
  const map = (v: unknown): Map<string, string> =>
    new Map(Object.entries(typeof v === "object" && v !== null ? v : {}).filter((e): e is [string, string] => typeof e[1] === "string"));
  const abbreviations = new Map(
    Object.entries(typeof raw.abbreviations === "object" && raw.abbreviations !== null ? raw.abbreviations : {}).map(([code, list]) => [code, strings(list)]),
  );
  return { titles: map(raw.titles), kinds: map(raw.kinds), countryKinds: map(raw.countryKinds), required: new Set(strings(raw.required)), abbreviations, wikidata: map(raw.wikidata) };
}

function loadSource(): SourceCountry[] {
  const require = createRequire(import.meta.url);
  const raw = require("iso3166-2-db/data/iso3166-2.json") as unknown;
  if (typeof raw !== "object" || raw === null) throw new Error("iso3166-2-db: unexpected data");
  return Object.values(raw as Record<string, SourceCountry>);
}

/** The package's English Wikipedia reference ("en:Georgia_(U.S._state)") as a title. */
function englishTitle(region: SourceRegion): string | undefined {
  const ref = region.reference?.wikipedia;
  if (!ref?.startsWith("en:")) return undefined;
  return decodeURIComponent(ref.slice(3)).replace(/_/g, " ").trim();
}

/** A title or name without its disambiguation: "Punjab (India)" and "Nugal, Somalia" → "Punjab", "Nugal". */
function bare(text: string): string {
  return text.replace(/\s*\([^)]*\)\s*$/, "").replace(/,\s*[^,]+$/, "").trim();
}

function isDisambiguated(title: string): boolean {
  return /\([^)]*\)\s*$/.test(title) || /,\s*[^,]+$/.test(title);
}

/** "Kiev Oblast" names its kind; "Bavaria" does not. */
function kindOf(code: string, name: string, title: string, o: Overrides): string | undefined {
  const explicit = o.kinds.get(code);
  if (explicit) return explicit;
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(name) || pattern.test(title)) return kind;
  return o.countryKinds.get(code.split("-")[0] ?? "");
}

function describe(kind: string | undefined, countryName: string, code: string): string {
  const what = kind ? `${/^[aeiou]/.test(kind) ? "An" : "A"} ${kind} of ${countryName}` : `A first-level administrative division of ${countryName}`;
  return `${what} (ISO 3166-2 code ${code}).`;
}

/**
 * `commonWords(name)` says whether a one-word name is also an ordinary English word in news text
 * ("Plateau", "Delta", "Centre"): such names need evidence from the page before they are linked.
 */
export function buildSubdivisions(
  table: CountryTable,
  countryName: (id: string) => string,
  index: RegistryIndex,
  dir: string,
  commonWord: (name: string) => boolean,
  firstNames: ReadonlySet<string>,
): SubdivisionResult {
  const o = readOverrides(dir);
  const isFirstName = (name: string): boolean => firstNames.has(nameKey(name)) || /^Saint /.test(name);
  const entities: Subdivision[] = [];
  const ambiguous = new Set<string>();
  const heldBy = new Map<string, string>();
  const newNames = new Map<string, Subdivision[]>();
  for (const country of loadSource()) {
    const countryId = table.byIso2.get(country.iso);
    if (!countryId) continue;
    for (const region of country.regions) {
      if (!region.iso) continue;
      const code = `${country.iso}-${region.iso}`;
      const title = o.titles.get(code) ?? englishTitle(region);
      if (!title) continue;
      const name = bare(region.name);
      if (!isLatinScript(name)) continue;
      // A proper name does not start with a lower-case letter: the package's lower-case entries are codes or errors (Malta's "mt",
      // whose reference is the Maltese language), not the names of divisions.
      if (/^[^\p{L}]*\p{Ll}/u.test(name)) continue;
      const id = slugify(title);
      const held = index.id(id) ?? index.title(title);
      if (held) {
        heldBy.set(code, held.id);
        continue;
      }
      const kind = kindOf(code, region.name, title, o);
      const sameName = index.named(name);
      let finalName = name;
      if (sameName.some((h) => h.id === countryId)) continue; // the country itself
      if (sameName.some((h) => h.country === countryId)) {
        // The name already means a place in this country (a city-state, or the city a province is named after).
        const inCountry = sameName.find((h) => h.country === countryId);
        if (!isDisambiguated(title) && inCountry) {
          heldBy.set(code, inCountry.id);
          continue;
        }
        // "Washington (state)": a different thing with the same name; only the full form is safe to link.
        if (!kind || kind.includes(" ")) continue;
        finalName = `${name} ${kind.replace(/^./, (c) => c.toUpperCase())}`;
        if (index.named(finalName).length > 0) continue;
      } else if (!o.required.has(country.iso) && isFirstName(name)) {
        continue; // "Paul", "Saint James": outside the countries news names most, a first name is not worth the risk
      } else if (sameName.length > 0 || isDisambiguated(title) || commonWord(name)) {
        ambiguous.add(name);
      }
      const aliases: string[] = [];
      const titleName = bare(title);
      if (isLatinScript(titleName)) addUnique(aliases, titleName, [finalName]);
      if (finalName !== name) addUnique(aliases, `${name} ${kind ?? ""}`.trim(), [finalName]);
      const entity: Subdivision = {
        id,
        type: "place",
        name: finalName,
        aliases: [...aliases.filter((a) => index.named(a).length === 0), ...(o.abbreviations.get(code) ?? [])],
        description: describe(kind, withArticle(countryName(countryId)), code),
        wikipedia: title,
        country: countryId,
        code,
      };
      const wikidata = o.wikidata.get(code);
      if (wikidata) entity.wikidata = wikidata;
      if (entities.some((e) => e.id === id)) continue;
      entities.push(entity);
      heldBy.set(code, id);
      for (const n of [entity.name, ...entity.aliases]) {
        const key = nameKey(n);
        newNames.set(key, [...(newNames.get(key) ?? []), entity]);
      }
    }
  }
  // A name two new divisions share ("Central", "Western") needs evidence too.
  for (const [, holders] of newNames) {
    if (new Set(holders.map((h) => h.id)).size < 2) continue;
    for (const h of holders) for (const n of [h.name, ...h.aliases]) if (holders.length > 1 && newNames.get(nameKey(n)) === holders) ambiguous.add(n);
  }
  for (const e of entities) index.add(e);
  // An id for a division the generator does not write would be silently lost: a curated record carries its own.
  for (const code of o.wikidata.keys()) if (!entities.some((e) => e.code === code)) throw new Error(`subdivision-overrides.yaml: wikidata: ${code}: no generated division`);
  const abbreviationsHeldElsewhere = new Map<string, string[]>();
  for (const [code, list] of o.abbreviations) {
    const holder = heldBy.get(code);
    if (holder === undefined) throw new Error(`subdivision-overrides.yaml: abbreviations: no record holds ${code}`);
    if (!entities.some((e) => e.id === holder)) abbreviationsHeldElsewhere.set(holder, list);
    // "Pa.", "La.", "Ill.": linked only after a city (the resolver's rule), never as an unambiguous name.
    for (const a of list) ambiguous.add(a);
  }
  return { entities, ambiguousNames: [...ambiguous].sort(), heldBy, abbreviationsHeldElsewhere };
}
