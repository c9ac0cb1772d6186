/**
 * Scoring a linker on public entity-linking gold, by the rule of `../shared/datasets/entity-linking/README.md`.
 * Pure: documents, mentions and the registry come in as plain values, so the scorer itself is unit-tested.
 *
 * Every mention inside the evaluated span is judged against the smallest gold label it overlaps: right (the same
 * thing), part of a longer name (strictly inside a longer label of something else), another thing (any other
 * overlap, a `<NIL>` label or a date), or no label (not scored: no benchmark labels every name).
 */

export interface GoldLabel {
  span: [number, number];
  /** A Wikidata id, `<NIL>` or `DATETIME`. */
  entity_id: string;
  /** The Wikidata label of the thing. */
  name: string;
  /** Wikidata class ids joined by `|`. */
  type?: string;
}

export interface GoldDocument {
  id: number | string;
  text: string;
  evaluation_span: [number, number];
  labels: GoldLabel[];
}

/** What the scorer needs to know of a registry entity. */
export interface ScoredEntity {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[];
  wikidata?: string;
  wikipedia?: string;
  demonyms?: readonly string[];
}

export interface FoundMention {
  start: number;
  end: number;
  entity: ScoredEntity;
}

export type Verdict = 'right' | 'part' | 'other' | 'unlabelled';

export interface Judged {
  doc: GoldDocument['id'];
  mention: FoundMention;
  verdict: Verdict;
  label?: GoldLabel;
  /** The mention in its sentence, the mention in brackets: for a person to read. */
  context: string;
}

export interface LinkScore {
  name: string;
  mentions: number;
  right: number;
  part: number;
  other: number;
  unlabelled: number;
  /** Gold labels of people, organisations and places that the registry holds, and how many of them were found. */
  known: number;
  recalled: number;
  judged: Judged[];
  /** Each missed label in its sentence, for a person to read. */
  missed: { doc: GoldDocument['id']; label: GoldLabel; context: string }[];
}

/** People, organisations, geographic entities, and the kinds of places and states the README lists. */
const RECALL_TYPES = ['Q215627', 'Q43229', 'Q27096213', 'Q2221906', 'Q6256', 'Q515', 'Q7275'];
const PEOPLE_TYPE = 'Q33829';

const typesOf = (label: GoldLabel): string[] => (label.type ?? '').split('|');
const length = (l: GoldLabel) => l.span[1] - l.span[0];

function plural(word: string): string {
  return /(ese|ss|sh|ch|s|x|z)$/i.test(word) ? word : `${word}s`;
}

/** Whether a gold label names this entity: by Wikidata id, or, when the entity has none, by one of its names. */
export function namesSameThing(entity: ScoredEntity, label: GoldLabel): boolean {
  if (label.entity_id === '<NIL>' || label.entity_id === 'DATETIME') return false;
  if (entity.wikidata !== undefined) return entity.wikidata === label.entity_id;
  const names = [entity.name, ...entity.aliases];
  if (entity.wikipedia !== undefined) names.push(entity.wikipedia.replace(/_/g, ' '));
  return names.includes(label.name);
}

/** A people ("Americans") linked to its country counts as right: that is Backstory's policy. */
function isPeopleOf(entity: ScoredEntity, label: GoldLabel, mentionText: string): boolean {
  if (entity.type !== 'country' || !typesOf(label).includes(PEOPLE_TYPE)) return false;
  const forms = new Set((entity.demonyms ?? []).flatMap((d) => [d, plural(d)]));
  return forms.has(mentionText) || forms.has(label.name);
}

function contextOf(text: string, start: number, end: number): string {
  return `…${text.slice(Math.max(0, start - 60), start)}[${text.slice(start, end)}]${text.slice(end, end + 60)}…`.replace(/\s+/g, ' ');
}

export function judge(doc: GoldDocument, mention: FoundMention): Judged {
  const context = contextOf(doc.text, mention.start, mention.end);
  const overlapping = doc.labels.filter((l) => l.span[0] < mention.end && mention.start < l.span[1]);
  if (overlapping.length === 0) return { doc: doc.id, mention, verdict: 'unlabelled', context };
  const label = overlapping.reduce((a, b) => (length(b) < length(a) ? b : a));
  const text = doc.text.slice(mention.start, mention.end);
  if (namesSameThing(mention.entity, label) || isPeopleOf(mention.entity, label, text)) return { doc: doc.id, mention, verdict: 'right', label, context };
  const strictlyInside = label.span[0] <= mention.start && mention.end <= label.span[1] && length(label) > mention.end - mention.start;
  if (strictlyInside && label.entity_id !== 'DATETIME') return { doc: doc.id, mention, verdict: 'part', label, context };
  return { doc: doc.id, mention, verdict: 'other', label, context };
}

/** Whether the registry holds the thing a label names, by the same matching as `namesSameThing`. */
export type RegistryLookup = (label: GoldLabel) => boolean;

export function registryLookup(entities: readonly ScoredEntity[]): RegistryLookup {
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const e of entities) {
    if (e.wikidata !== undefined) ids.add(e.wikidata);
    else {
      names.add(e.name);
      for (const a of e.aliases) names.add(a);
      if (e.wikipedia !== undefined) names.add(e.wikipedia.replace(/_/g, ' '));
    }
  }
  return (label) => ids.has(label.entity_id) || names.has(label.name);
}

function recallable(doc: GoldDocument, label: GoldLabel, holds: RegistryLookup): boolean {
  if (label.entity_id === '<NIL>' || label.entity_id === 'DATETIME') return false;
  if (!typesOf(label).some((t) => RECALL_TYPES.includes(t))) return false;
  if (!/^\p{Lu}/u.test(doc.text.slice(label.span[0], label.span[1]))) return false;
  return holds(label);
}

/** Scores one benchmark: `found(doc)` gives the engine's mentions on a document, offsets into its `text`. */
export function scoreBenchmark(name: string, docs: readonly GoldDocument[], found: (doc: GoldDocument) => FoundMention[], holds: RegistryLookup): LinkScore {
  const score: LinkScore = { name, mentions: 0, right: 0, part: 0, other: 0, unlabelled: 0, known: 0, recalled: 0, judged: [], missed: [] };
  for (const doc of docs) {
    const [from, to] = doc.evaluation_span;
    const mentions = found(doc).filter((m) => m.start >= from && m.end <= to);
    for (const m of mentions) {
      const j = judge(doc, m);
      score.mentions++;
      score[j.verdict === 'unlabelled' ? 'unlabelled' : j.verdict]++;
      score.judged.push(j);
    }
    for (const label of doc.labels) {
      if (label.span[0] < from || label.span[1] > to || !recallable(doc, label, holds)) continue;
      score.known++;
      const text = doc.text.slice(label.span[0], label.span[1]);
      const hit = mentions.some((m) => m.start < label.span[1] && label.span[0] < m.end && (namesSameThing(m.entity, label) || isPeopleOf(m.entity, label, text)));
      if (hit) score.recalled++;
      else score.missed.push({ doc: doc.id, label, context: contextOf(doc.text, label.span[0], label.span[1]) });
    }
  }
  return score;
}

export const linkAccuracy = (s: LinkScore): number => (s.right + s.other === 0 ? 1 : s.right / (s.right + s.other));
export const partShare = (s: LinkScore): number => (s.mentions === 0 ? 0 : s.part / s.mentions);
export const registryRecall = (s: LinkScore): number => (s.known === 0 ? 1 : s.recalled / s.known);
