/** How a name in the text refers to its entity; the resolver weighs each kind differently. */
export type AliasKind = 'name' | 'alias' | 'short' | 'demonym';

export interface AliasTarget {
  /** Index of the entity in the engine's entity list. */
  entity: number;
  kind: AliasKind;
  /** The name begins with "The", left out of the match key ("The Hague"): take it in when the text has it. */
  article?: boolean;
}

/** One run of text that spells a known name, with every entity that name can mean. */
export interface RawMatch {
  start: number;
  end: number;
  targets: AliasTarget[];
}

/** A name to compile, as the dataset gives it. */
export interface NameEntry {
  text: string;
  target: AliasTarget;
}
