import type { CompiledEntity } from '../dataset/types';
import type { AliasKind, NameEntry } from '../matcher/types';
import { PERSON_TITLES } from './cues';

/** Countries whose people put the family name first, so that "Kim" and "Xi" are the short forms. */
const FAMILY_NAME_FIRST = new Set(['china', 'north-korea', 'south-korea', 'taiwan', 'vietnam', 'hong-kong', 'macau', 'cambodia']);

/** Short form of a person's name, as news writes it on second mention ("Putin", "Kim", "Zelenskyy"). */
export function shortName(entity: CompiledEntity): string | undefined {
  if (entity.type !== 'person') return undefined;
  // A monarch's name with a territorial designation ("Willem-Alexander of the Netherlands", "Abdullah II of Jordan")
  // is shortened to the given name, never to the country's.
  const regnal = /^(.+?)\s+of\s+/.exec(entity.name);
  if (regnal) {
    const given = regnal[1]!.split(/\s+/).filter((w) => !/^(?:[ivx]+|\d+(?:st|nd|rd|th)?)$/i.test(w));
    return given.length === 1 && !/,/.test(given[0]!) && given[0]!.length >= 2 ? given[0] : undefined;
  }
  const words = entity.name.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
  if (words.length < 2) return undefined;
  const short = entity.country && FAMILY_NAME_FIRST.has(entity.country) ? words[0]! : words[words.length - 1]!;
  // An initial ("C." of C. C. Wei) is no name to find on its own.
  return short.replace(/\./g, '').length >= 2 ? short : undefined;
}

/**
 * Every short form of a name: the short name, and for an Arabic family name with its article ("al-Assad",
 * "al-Maliki") also the name without it, as English-language news mostly writes it ("Assad", "Maliki").
 */
export function shortNames(entity: CompiledEntity): string[] {
  const short = shortName(entity);
  if (short === undefined) return [];
  const bare = /^(?:al|Al|el|El)-(\p{Lu}\p{Ll}{2,}.*)$/u.exec(short);
  return bare ? [short, bare[1]!] : [short];
}

/** The last word of a newspaper's name, by which news calls it on second mention ("the Times", "the Post"). */
const PAPER_WORDS = new Set(['Times', 'Post', 'Journal', 'Tribune', 'Herald', 'Globe', 'Chronicle', 'Telegraph', 'Gazette', 'Inquirer']);

/**
 * Short form of a newspaper's name ("The New York Times" → "Times"), always with its article: "the Times" names the
 * paper only after its full name on the same page, which the resolver asks of every short form.
 */
export function publicationShortName(entity: CompiledEntity): string | undefined {
  if (entity.type !== 'organization') return undefined;
  const words = entity.name.replace(/^The\s+/, '').split(/\s+/);
  const last = words[words.length - 1]!;
  return words.length >= 2 && PAPER_WORDS.has(last) ? last : undefined;
}

function plural(demonym: string): string | undefined {
  if (/(ese|ss|sh|ch|s|x|z)$/i.test(demonym)) return undefined; // "Chinese", "Swiss"
  return `${demonym}s`;
}

/**
 * "The Hague" is matched as "Hague", its article taken back in by the matcher when the text has it: a leading
 * article would make every "the" in a text a candidate.
 */
function withoutArticle(name: string): { text: string; article: boolean } {
  const text = name.replace(/^(the|The|THE)\s+(?=\p{Lu})/u, '');
  return { text, article: text !== name };
}

/** A person's name without the title in front ("Sir Keir Starmer" → "Keir Starmer"), when two words or more remain. */
function withoutTitle(entity: CompiledEntity, name: string): string {
  if (entity.type !== 'person') return name;
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length - 2 && PERSON_TITLES.has(words[i]!.toLowerCase())) i++;
  return words.slice(i).join(' ');
}

function entry(entity: CompiledEntity, index: number, name: string, kind: AliasKind): NameEntry {
  const { text, article } = withoutArticle(withoutTitle(entity, name));
  return { text, target: article ? { entity: index, kind, article } : { entity: index, kind } };
}

/**
 * British and American news spell a body's "Organization" each its own way ("International Labour Organisation"): a
 * name in one spelling is matched in the other too, unless the record already lists it.
 */
function* otherSpellings(e: CompiledEntity): Generator<[string, AliasKind]> {
  const known = new Set([e.name, ...e.aliases]);
  for (const [name, kind] of [[e.name, 'name'], ...e.aliases.map((a) => [a, 'alias'])] as [string, AliasKind][]) {
    const other = name.replace(/\bOrgani([sz])ation\b/g, (_, letter: string) => `Organi${letter === 's' ? 'z' : 's'}ation`);
    if (other !== name && !known.has(other)) {
      known.add(other);
      yield [other, kind];
    }
  }
}

/** Every name the matcher should know for these entities, each tagged with how it refers. */
export function* namesOf(entities: readonly CompiledEntity[], from = 0): Generator<NameEntry> {
  for (let index = from; index < entities.length; index++) {
    const e = entities[index]!;
    yield entry(e, index, e.name, 'name');
    for (const alias of e.aliases) yield entry(e, index, alias, 'alias');
    for (const [name, kind] of otherSpellings(e)) yield entry(e, index, name, kind);
    for (const demonym of e.demonyms ?? []) {
      yield { text: demonym, target: { entity: index, kind: 'demonym' } };
      const many = plural(demonym);
      if (many) yield { text: many, target: { entity: index, kind: 'demonym' } };
    }
    for (const short of shortNames(e)) if (short !== e.name) yield { text: short, target: { entity: index, kind: 'short' } };
    const paper = publicationShortName(e);
    if (paper) yield { text: paper, target: { entity: index, kind: 'short', article: true } };
  }
}
