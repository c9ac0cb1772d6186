/** One entity record as written to src/dataset/entities: the dataset's own type. */
export type { Entity, EntityType } from "../../../src/core/dataset/types.js";

/** Ids, names and aliases defined by hand-curated entity files. */
export interface CuratedIndex {
  ids: Set<string>;
  /** Normalised names and aliases of curated entities, mapped to their ids. */
  names: Map<string, string>;
}
