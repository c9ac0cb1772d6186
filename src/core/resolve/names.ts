import type { Entity } from '../dataset/types';
import type { NameEntry } from '../matcher/types';

/** Countries whose people put the family name first, so that "Kim" and "Xi" are the short forms. */
const FAMILY_NAME_FIRST = new Set(['china', 'north-korea', 'south-korea', 'taiwan', 'vietnam', 'hong-kong', 'macau', 'cambodia']);

/** Short form of a person's name, as news writes it on second mention ("Putin", "Kim", "Zelenskyy"). */
export function shortName(entity: Entity): string | undefined {
  if (entity.type !== 'person') return undefined;
  const words = entity.name.split(/\s+/).filter((w) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(w));
  if (words.length < 2) return undefined;
  return entity.country && FAMILY_NAME_FIRST.has(entity.country) ? words[0] : words[words.length - 1];
}

function plural(demonym: string): string | undefined {
  if (/(ese|ss|sh|ch|s|x|z)$/i.test(demonym)) return undefined; // "Chinese", "Swiss"
  return `${demonym}s`;
}

/** "the Pentagon" is found as "Pentagon": a leading article would make every "the" in a text a candidate. */
function withoutArticle(name: string): string {
  return name.replace(/^(the|The|THE)\s+(?=\p{Lu})/u, '');
}

/** Every name the matcher should know for these entities, each tagged with how it refers. */
export function* namesOf(entities: readonly Entity[]): Generator<NameEntry> {
  for (let index = 0; index < entities.length; index++) {
    const e = entities[index]!;
    yield { text: withoutArticle(e.name), target: { entity: index, kind: 'name' } };
    for (const alias of e.aliases) yield { text: withoutArticle(alias), target: { entity: index, kind: 'alias' } };
    for (const demonym of e.demonyms ?? []) {
      yield { text: demonym, target: { entity: index, kind: 'demonym' } };
      const many = plural(demonym);
      if (many) yield { text: many, target: { entity: index, kind: 'demonym' } };
    }
    const short = shortName(e);
    if (short && short !== e.name) yield { text: short, target: { entity: index, kind: 'short' } };
  }
}
