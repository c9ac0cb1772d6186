/** Indexes the hand-curated entity files so generated records never redefine them. */
import { relative, sep } from "node:path";
import { listYamlFiles, readYaml } from "./yaml-io.js";
import { nameKey } from "./text.js";
import type { CuratedIndex } from "./types.js";

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Reads every non-generated YAML file under the entities directory. */
export function readCurated(entitiesDir: string, root: string): CuratedIndex {
  const index: CuratedIndex = { ids: new Set(), names: new Map() };
  for (const file of listYamlFiles(entitiesDir)) {
    const rel = relative(entitiesDir, file);
    if (rel.split(sep)[0] === "generated") continue;
    let data: unknown;
    try {
      data = readYaml(file);
    } catch (err) {
      console.warn(`warning: cannot parse ${relative(root, file)} (${String(err).split("\n")[0]}); skipped`);
      continue;
    }
    if (!Array.isArray(data)) continue;
    for (const item of data as unknown[]) {
      if (typeof item !== "object" || item === null) continue;
      const rec = item as Record<string, unknown>;
      if (typeof rec.id !== "string") continue;
      index.ids.add(rec.id);
      const names = [rec.name, ...asStrings(rec.aliases)].filter((n): n is string => typeof n === "string");
      for (const n of names) if (!index.names.has(nameKey(n))) index.names.set(nameKey(n), rec.id);
    }
  }
  return index;
}
