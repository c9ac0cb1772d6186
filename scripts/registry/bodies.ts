/** Turns the facts in bodies.yaml (national bodies, armed forces, companies, news organisations, world regions)
 * into entity records. A body the registry already holds (same id or Wikipedia title) is not generated again. */
import { join } from "node:path";
import { optString, readRecord, strings } from "./lib/overrides.js";
import type { RegistryIndex } from "./lib/registry-index.js";
import { addUnique, capitalise, slugify, withArticle } from "./lib/text.js";
import type { Entity } from "./lib/types.js";
import { WIKIDATA } from "../../src/core/dataset/validate.js";

export const BODY_KINDS = [
  "legislature", "supreme-court", "central-bank", "armed-forces", "military-branch", "company", "news-organization",
  "continent", "region",
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

const FACT_FIELDS = ["name", "kind", "country", "wikipedia", "aliases", "sector", "of", "wikidata"];

export interface BodyFacts {
  name: string;
  kind: BodyKind;
  country?: string;
  wikipedia: string;
  aliases: string[];
  sector?: string;
  /** Branches: the Wikipedia title of the armed forces they belong to. */
  of?: string;
  /** The body's Wikidata item, only where we are sure of it. */
  wikidata?: string;
}

export function readBodies(dir: string): { g20: string[]; bodies: BodyFacts[] } {
  const raw = readRecord(join(dir, "bodies.yaml"));
  const list = Array.isArray(raw.bodies) ? (raw.bodies as unknown[]) : [];
  const bodies = list.map((item, i): BodyFacts => {
    const r = typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {};
    const name = optString(r.name);
    const kind = optString(r.kind);
    const wikipedia = optString(r.wikipedia);
    const where = `scripts/registry/bodies.yaml: bodies[${i}]${name ? ` (${name})` : ""}`;
    for (const key of Object.keys(r)) if (!FACT_FIELDS.includes(key)) throw new Error(`${where}: ${key}: is not a known field`);
    if (!name) throw new Error(`${where}: name: is missing`);
    if (!wikipedia) throw new Error(`${where}: wikipedia: is missing`);
    if (!kind || !(BODY_KINDS as readonly string[]).includes(kind)) throw new Error(`${where}: kind: "${kind ?? ""}" is not one of ${BODY_KINDS.join(", ")}`);
    const wikidata = optString(r.wikidata);
    if (wikidata !== undefined && !WIKIDATA.test(wikidata)) throw new Error(`${where}: wikidata: "${wikidata}" is not a Wikidata item id`);
    return { name, kind: kind as BodyKind, country: optString(r.country), wikipedia, aliases: strings(r.aliases), sector: optString(r.sector), of: optString(r.of), wikidata };
  });
  return { g20: strings(raw.g20), bodies };
}

function describe(b: BodyFacts, countryName: string, branchOf: string | undefined): string {
  switch (b.kind) {
    case "legislature":
      return `National legislature of ${countryName}.`;
    case "supreme-court":
      return `One of the highest courts of ${countryName}.`;
    case "central-bank":
      return `Central bank of ${countryName}, which sets its monetary policy.`;
    case "armed-forces":
      return `Armed forces of ${countryName}.`;
    case "military-branch":
      return branchOf ? `Branch of ${branchOf}, the armed forces of ${countryName}.` : `Military force of ${countryName}.`;
    case "company":
      return `${capitalise(b.sector ?? "")} company based in ${countryName}.`.replace(/^ company/, "Company");
    case "news-organization":
      return `${capitalise(b.sector ?? "news organisation")} based in ${countryName}.`;
    case "continent":
      return `${b.name}, one of the seven continents.`;
    case "region":
      return "Region of the world that news names as one area.";
  }
}

export function buildBodies(
  bodies: readonly BodyFacts[],
  index: RegistryIndex,
  countryName: (id: string) => string,
): Entity[] {
  const out: Entity[] = [];
  const nameOfTitle = new Map(bodies.map((b) => [b.wikipedia, b.name]));
  for (const b of bodies) {
    const where = `scripts/registry/bodies.yaml: ${b.name}`;
    if (b.country && !index.id(b.country)) throw new Error(`${where}: country: names unknown entity "${b.country}"`);
    const id = slugify(b.wikipedia);
    if (index.id(id) || index.title(b.wikipedia)) continue;
    if (index.named(b.name).length > 0) {
      console.warn(`${where}: its name already means ${index.named(b.name).map((h) => h.id).join(", ")}; not generated`);
      continue;
    }
    const aliases: string[] = [];
    for (const a of b.aliases) if (index.named(a).length === 0) addUnique(aliases, a, [b.name]);
    const country = b.country ? withArticle(countryName(b.country)) : "";
    const entity: Entity = {
      id,
      type: b.kind === "continent" || b.kind === "region" ? "place" : "organization",
      name: b.name,
      aliases,
      description: describe(b, country, b.of ? nameOfTitle.get(b.of) ?? b.of : undefined),
      wikipedia: b.wikipedia,
    };
    if (b.country) entity.country = b.country;
    if (b.wikidata) entity.wikidata = b.wikidata;
    out.push(entity);
    index.add(entity);
  }
  return out;
}

/** The registry id a body's facts resolve to: the record that holds its Wikipedia title, else its own slug. */
export function bodyId(b: BodyFacts, index: RegistryIndex): string {
  return index.title(b.wikipedia)?.id ?? slugify(b.wikipedia);
}
