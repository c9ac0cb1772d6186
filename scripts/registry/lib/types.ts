/** One entity record as written to src/dataset/entities (see docs/dataset.md). */
export type EntityType = "person" | "country" | "place" | "organization";

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  description: string;
  wikidata?: string;
  wikipedia?: string;
  country?: string;
  demonyms?: string[];
  standsFor?: string;
}

/** Ids, names and aliases defined by hand-curated entity files. */
export interface CuratedIndex {
  ids: Set<string>;
  /** Normalised names and aliases of curated entities, mapped to their ids. */
  names: Map<string, string>;
}
