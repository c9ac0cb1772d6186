/** Every entity the registry already holds (curated files and generated lists), indexed by id, Wikipedia title and
 * name, so later generators merge with a record instead of defining the same thing twice. */
import { relative, sep } from "node:path";
import type { Entity } from "./types.js";
import { listYamlFiles, readYaml } from "./yaml-io.js";
import { nameKey } from "./text.js";

export interface Held {
  id: string;
  type: string;
  country?: string;
  wikipedia?: string;
}

export class RegistryIndex {
  private readonly byId = new Map<string, Held>();
  private readonly byTitle = new Map<string, Held>();
  private readonly byName = new Map<string, Held[]>();
  /** First words of people's names ("Paul" of "Paul Kagame"). */
  readonly firstNames = new Set<string>();

  add(e: Held & { name: string; aliases: readonly string[] }): void {
    if (this.byId.has(e.id)) return;
    this.byId.set(e.id, e);
    const first = e.name.split(/\s+/)[0];
    if (e.type === "person" && first && e.name.includes(" ")) this.firstNames.add(nameKey(first));
    if (e.wikipedia) this.byTitle.set(titleKey(e.wikipedia), e);
    for (const n of [e.name, ...e.aliases]) {
      const key = nameKey(n);
      const list = this.byName.get(key) ?? [];
      if (!list.includes(e)) list.push(e);
      this.byName.set(key, list);
    }
  }

  addAll(entities: readonly Entity[]): void {
    for (const e of entities) this.add(e);
  }

  id(id: string): Held | undefined {
    return this.byId.get(id);
  }

  title(title: string): Held | undefined {
    return this.byTitle.get(titleKey(title));
  }

  named(name: string): readonly Held[] {
    return this.byName.get(nameKey(name)) ?? [];
  }
}

function titleKey(title: string): string {
  return title.replace(/_/g, " ").trim().toLowerCase();
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function optString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Indexes the hand-curated entity files (everything outside generated/). */
export function indexCurated(index: RegistryIndex, entitiesDir: string): void {
  for (const file of listYamlFiles(entitiesDir)) {
    if (relative(entitiesDir, file).split(sep)[0] === "generated") continue;
    const data = readYaml(file);
    if (!Array.isArray(data)) continue;
    for (const item of data as unknown[]) {
      if (typeof item !== "object" || item === null) continue;
      const rec = item as Record<string, unknown>;
      const id = optString(rec.id);
      const name = optString(rec.name);
      if (!id || !name) continue;
      index.add({
        id,
        name,
        aliases: asStrings(rec.aliases),
        type: optString(rec.type) ?? "",
        country: optString(rec.country),
        wikipedia: optString(rec.wikipedia),
      });
    }
  }
}
