/** Country ids: the slug of the package's common name, "turkey" for Türkiye (docs/dataset.md, "Ids"). */
import { existsSync, readFileSync } from "node:fs";
import countries from "world-countries";
import type { Country } from "world-countries";
import { nameKey, slugify } from "./text.js";

/** Ids that do not follow the common-name slug. */
const ID_EXCEPTIONS: Record<string, string> = { TR: "turkey" };

export interface CountryTable {
  /** ISO 3166-1 alpha-2 code → country id. */
  byIso2: Map<string, string>;
  /** Country id → package record. */
  records: Map<string, Country>;
  /** Normalised English name (common or official) → country id. */
  byName: Map<string, string>;
}

export function countryId(c: Country): string {
  return ID_EXCEPTIONS[c.cca2] ?? slugify(c.name.common);
}

/** Builds the table; when a reference id list (id, name, ISO code per line) exists, every id must match it. */
export function loadCountryTable(referenceTsv?: string): CountryTable {
  const byIso2 = new Map<string, string>();
  const records = new Map<string, Country>();
  const byName = new Map<string, string>();
  for (const c of countries) {
    const id = countryId(c);
    byIso2.set(c.cca2, id);
    records.set(id, c);
    byName.set(nameKey(c.name.common), id);
    if (!byName.has(nameKey(c.name.official))) byName.set(nameKey(c.name.official), id);
  }
  if (referenceTsv && existsSync(referenceTsv)) {
    for (const line of readFileSync(referenceTsv, "utf8").split("\n")) {
      const [id, , iso] = line.split("\t").map((s) => s.trim());
      if (!id || !iso) continue;
      if (byIso2.get(iso) !== id) throw new Error(`country id mismatch for ${iso}: ${byIso2.get(iso)} vs ${id}`);
    }
  }
  return { byIso2, records, byName };
}
