import type { Entity } from './dataset/types';
import { foldLowerString } from './text/chars';

/**
 * Finds entities of the whole dataset by what a reader types: any word of a name or alias starting with the query,
 * case and accents ignored ("zelen" finds Volodymyr Zelenskyy, "sao paulo" São Paulo).
 */
export interface SearchIndex {
  search(query: string, limit: number): number[];
}

/** Folding as the matcher does, then accents dropped: the query is typed on any keyboard. */
export function searchFold(text: string): string {
  return foldLowerString(text.normalize('NFC'))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function buildSearchIndex(entities: readonly Pick<Entity, 'name' | 'aliases'>[]): SearchIndex {
  const names: { folded: string; entity: number; primary: boolean }[] = [];
  entities.forEach((e, entity) => {
    names.push({ folded: searchFold(e.name), entity, primary: true });
    for (const alias of e.aliases) names.push({ folded: searchFold(alias), entity, primary: false });
  });
  return {
    search(query, limit) {
      const q = searchFold(query);
      if (!q) return [];
      const score = new Map<number, number>();
      for (const n of names) {
        const rank = n.folded === q ? 0 : n.folded.startsWith(q) ? 1 : n.folded.includes(` ${q}`) ? 2 : -1;
        if (rank < 0) continue;
        const s = rank * 2 + (n.primary ? 0 : 1);
        const prev = score.get(n.entity);
        if (prev === undefined || s < prev) score.set(n.entity, s);
      }
      return [...score]
        .sort((a, b) => a[1] - b[1] || entities[a[0]]!.name.length - entities[b[0]]!.name.length || entities[a[0]]!.name.localeCompare(entities[b[0]]!.name))
        .slice(0, limit)
        .map(([entity]) => entity);
    },
  };
}
