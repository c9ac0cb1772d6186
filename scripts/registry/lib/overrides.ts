/** Typed access to the hand-written override files in scripts/registry/. */
import { join } from "node:path";
import { readYaml } from "./yaml-io.js";

export interface CountryOverride {
  name?: string;
  aliases: string[];
  dropAliases: string[];
  wikipedia?: string;
  description?: string;
  sovereign?: string;
  /** The body news means when the country's short name acts ("the Vatican said": the Holy See). */
  standsFor?: string;
  demonyms?: string[];
  /** The country's Wikidata item where the leaders' CSV gives none (see csvNoWikidata), only when we are sure of it. */
  wikidata?: string;
}

export interface CountryOverrides {
  translationLanguages: string[];
  neverAliases: string[];
  csvCountryNames: Map<string, string>;
  csvNoWikidata: Set<string>;
  countries: Map<string, CountryOverride>;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function optString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

export function optNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function readRecord(path: string): Record<string, unknown> {
  return record(readYaml(path));
}

export function readList(path: string): Record<string, unknown>[] {
  const data = readYaml(path);
  return Array.isArray(data) ? data.map(record) : [];
}

export function readCountryOverrides(dir: string): CountryOverrides {
  const raw = readRecord(join(dir, "country-overrides.yaml"));
  const countries = new Map<string, CountryOverride>();
  for (const [id, value] of Object.entries(record(raw.countries))) {
    const o = record(value);
    countries.set(id, {
      name: optString(o.name),
      aliases: strings(o.aliases),
      dropAliases: strings(o.dropAliases),
      wikipedia: optString(o.wikipedia),
      description: optString(o.description),
      sovereign: optString(o.sovereign),
      standsFor: optString(o.standsFor),
      demonyms: Array.isArray(o.demonyms) ? strings(o.demonyms) : undefined,
      wikidata: optString(o.wikidata),
    });
  }
  const csvNames = new Map<string, string>();
  for (const [k, v] of Object.entries(record(raw.csvCountryNames))) if (typeof v === "string") csvNames.set(k, v);
  return {
    translationLanguages: strings(raw.translationLanguages),
    neverAliases: strings(raw.neverAliases),
    csvCountryNames: csvNames,
    csvNoWikidata: new Set(strings(raw.csvNoWikidata)),
    countries,
  };
}
