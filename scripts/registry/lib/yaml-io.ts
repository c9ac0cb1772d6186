/** Reading override/curated YAML and writing generated entity files. */
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Document, isSeq, parse, visit } from "yaml";
import type { Entity } from "./types.js";

/** Parses a YAML file and returns its content as unknown (callers validate). */
export function readYaml(path: string): unknown {
  return parse(readFileSync(path, "utf8")) as unknown;
}

/** Lists *.yaml files below a directory, recursively, sorted. */
export function listYamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listYamlFiles(full));
    else if (name.endsWith(".yaml") || name.endsWith(".yml")) out.push(full);
  }
  return out;
}

const FIELD_ORDER: readonly (keyof Entity)[] = [
  "id", "type", "name", "aliases", "description", "wikidata", "wikipedia", "country", "demonyms", "standsFor", "division", "roles",
];

/** Copies an entity with fields in the documented order and empty optionals dropped. */
function ordered(entity: Entity): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIELD_ORDER) {
    const value = entity[key];
    if (value === undefined) continue;
    if (key === "demonyms" && Array.isArray(value) && value.length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** Writes a generated entity file, sorted by id, with a header naming the generator. */
export function writeEntities(path: string, entities: Entity[], root: string, what: string): void {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const header =
    `# GENERATED FILE: do not edit by hand.\n` +
    `# Written by scripts/registry/generate.ts (${what}); re-run with:\n` +
    `#   npx tsx scripts/registry/generate.ts\n` +
    `# ${sorted.length} entities.\n`;
  const doc = new Document(sorted.map(ordered));
  // Lists inside a record (aliases, demonyms) are written on one line.
  visit(doc, {
    Seq(_key, node, path) {
      if (path.length > 2 && isSeq(node)) node.flow = true;
    },
  });
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  writeFileSync(path, header + body, "utf8");
  console.log(`wrote ${relative(root, path)}: ${sorted.length} entities`);
}
