import type { CompiledEntity } from '../dataset/types';
import { type Candidate, isPlaceOrCountry, type ResolveInput } from './candidate';
import { wordAfter } from './context';
import { hasTrait } from './traits';

/**
 * Which place a name means where places share names: a namesake in another country or in the city's own, a division
 * named after its city ("Córdoba Province"), the divisions a list of names holds, a city or the state around it, and
 * a party or court named by another country than its own.
 */

/**
 * "Odessa, Texas", "Birmingham, Alabama": a city followed by a comma and a state or country of another country than
 * the city's is a namesake we do not know. So is a city with a namesake in its own country followed by another place
 * of that country ("Portland, Maine" is not Portland, Oregon). A list of places ("Paris, London and Berlin") is no such pair.
 */
export function placeOfAnotherCountry(input: ResolveInput, text: string, c: Candidate, next: Candidate | undefined): boolean {
  if (!next || next.segment !== c.segment) return false;
  const between = text.slice(c.match.end, next.match.start);
  if (!/^,\s?$/.test(between)) return false;
  const after = text.slice(next.match.end, next.match.end + 8);
  if (/^(\s*(and|or|&)\s|,\s*\p{Lu})/u.test(after)) return false;
  const regions = next.targets.filter((t) => t.kind !== 'demonym').map((t) => t.entity).filter((e) => isPlaceOrCountry(input.entities[e]!));
  if (regions.length === 0) return false;
  return c.targets.every((t) => {
    const place = input.entities[t.entity]!;
    if (place.type !== 'place' || place.country === undefined) return false;
    return regions.every((r) => {
      const region = input.entities[r]!;
      if (place.division !== undefined && region.country === place.country) return region.id !== place.division;
      return region.id !== place.country && region.country !== place.country;
    });
  });
}

/** Lower-case kinds of division after a city's name, and how the registry's division names end for each. */
const DIVISION_WORDS: Record<string, readonly string[]> = {
  province: ['Province'],
  oblast: ['Oblast'],
  region: ['Region', 'Oblast', 'Governorate', 'Province'],
  state: ['State'],
  prefecture: ['Prefecture'],
  governorate: ['Governorate'],
  department: ['Department'],
  krai: ['Krai'],
};

/** Entity names → indices, built once per registry for the division lookup. */
const namesByRegistry = new WeakMap<readonly CompiledEntity[], Map<string, number>>();

function registryNames(input: ResolveInput): Map<string, number> {
  let names = namesByRegistry.get(input.entities);
  if (names === undefined) {
    names = new Map(input.entities.map((e, i) => [e.name, i]));
    namesByRegistry.set(input.entities, names);
  }
  return names;
}

export function divisionNamed(input: ResolveInput, entities: readonly number[], text: string, end: number): number | undefined {
  if (text[end] !== ' ') return undefined;
  const word = wordAfter(text, end);
  const kinds = word === undefined || text.charCodeAt(end + 1) < 0x61 ? undefined : DIVISION_WORDS[word];
  if (kinds === undefined) return undefined;
  const names = registryNames(input);
  for (const e of entities) {
    const place = input.entities[e]!;
    if (place.type !== 'place') continue;
    for (const kind of kinds) {
      const i = names.get(`${place.name} ${kind}`);
      if (i !== undefined && input.entities[i]!.country === place.country) return i;
    }
  }
  return undefined;
}

/** Bodies whose names every country's own body may share: a party, a parliament, a court, armed forces. */
const GENERIC_BODY = /\b(?:Party|Parliament|Congress|Assembly|Senate|Court|Police|Army|Navy|Air Force|Ministry|Council)\b/;

export function bodyOfAnotherCountry(input: ResolveInput, entities: readonly number[], text: string, prev: Candidate | undefined, c: Candidate): boolean {
  if (prev === undefined || prev.segment !== c.segment) return false;
  if (!/^(?:['’]s?)?\s$/.test(text.slice(prev.match.end, c.match.start))) return false;
  const countries = prev.targets.map((t) => input.entities[t.entity]!).filter((e) => e.type === 'country');
  if (countries.length !== prev.targets.length || countries.length === 0) return false;
  return entities.every((e) => {
    const body = input.entities[e]!;
    return body.type === 'organization' && body.country !== undefined && GENERIC_BODY.test(body.name) && countries.every((k) => k.id !== body.country);
  });
}

/**
 * The division that has a city's name and a kind word ("Córdoba" → "Córdoba Province") in the city's country, where
 * that country is one whose divisions the page names (any country when `countries` is not given).
 */
export function divisionOfCity(input: ResolveInput, entities: readonly number[], countries?: ReadonlySet<string>): number | undefined {
  const names = registryNames(input);
  for (const e of entities) {
    const place = input.entities[e]!;
    if (place.type !== 'place' || (countries !== undefined && !countries.has(place.country ?? ''))) continue;
    for (const kind of DIVISION_KINDS) {
      const i = names.get(`${place.name} ${kind}`);
      if (i !== undefined && input.entities[i]!.country === place.country) return i;
    }
  }
  return undefined;
}

const DIVISION_KINDS = [...new Set(Object.values(DIVISION_WORDS).flat())];

/** A division's record: its description says it is a division, and not a city. */
function isDivision(e: CompiledEntity): boolean {
  return e.type === 'place' && hasTrait(e, 'division') && !hasTrait(e, 'city');
}

/**
 * What one member of a list says about divisions: the division a city's name shares in the city's country, the
 * countries whose division it names outright, or nothing (a known name that is no division: "Paris").
 */
interface ListMember {
  namesake?: number;
  countries: Set<string>;
  unambiguous: boolean;
}

function listMember(input: ResolveInput, c: Candidate): ListMember {
  const entities = [...new Set(c.targets.filter((t) => t.kind !== 'demonym').map((t) => t.entity))];
  const namesake = divisionOfCity(input, entities);
  const countries = new Set<string>();
  if (namesake !== undefined) countries.add(input.entities[namesake]!.country ?? '');
  const divisions = entities.filter((e) => isDivision(input.entities[e]!));
  for (const d of divisions) countries.add(input.entities[d]!.country ?? '');
  return { namesake, countries, unambiguous: entities.length === 1 && divisions.length === 1 && !input.ambiguousNames.has(c.folded) };
}

/** Between two names of a list: a comma or "and", then perhaps the next name's figure ("41 in", "50 mm in"). */
const LIST_SEPARATOR = String.raw`(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:\p{Ll}{1,4}\s+)?in\s+)?`;
/** A capitalised name of one to three words that the registry may not know. */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/** The words between two known members of one list, names the registry does not know among them ("50 in Entre Rios and Misiones, 95 in"). */
const LIST_GAP = new RegExp(`^${LIST_SEPARATOR}(?:${LISTED_NAME}${LIST_SEPARATOR})*$`, 'u');
/** Longer gaps are no list: the pattern is read on a bounded window. */
const LIST_GAP_LIMIT = 120;

/**
 * Names listed together whose known members are mostly divisions of one country, where that country's divisions are
 * meant: the page names one of them by kind ("Buenos Aires province") or the list holds a name that is only a
 * division ("Chubut"). There a city's name that a division of that country shares is the division. "Paris, Lyon and
 * Marseille" are cities; "Seville, Cordoba and Granada" are Spain's, so Argentina's Córdoba Province is not meant.
 * Each gap between neighbours is read once: linear.
 */
export function divisionsInLists(
  input: ResolveInput,
  segments: readonly string[],
  candidates: readonly Candidate[],
  inLongerName: (i: number) => boolean,
  divisionCountries: ReadonlySet<string>,
): Map<number, number> {
  const found = new Map<number, number>();
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) markListedDivisions(input, candidates, run, divisionCountries, found);
    run = [];
  };
  candidates.forEach((c, i) => {
    if (inLongerName(i) || c.targets.every((t) => t.kind === 'demonym' || t.kind === 'short')) return close();
    const last = run.at(-1);
    const prev = last === undefined ? undefined : candidates[last]!;
    const gap = prev !== undefined && prev.segment === c.segment ? segments[c.segment]!.slice(prev.match.end, c.match.start) : undefined;
    if (gap === undefined || gap.length > LIST_GAP_LIMIT || !LIST_GAP.test(gap)) close();
    run.push(i);
  });
  close();
  return found;
}

function markListedDivisions(input: ResolveInput, candidates: readonly Candidate[], run: readonly number[], divisionCountries: ReadonlySet<string>, found: Map<number, number>): void {
  const members = run.map((i) => listMember(input, candidates[i]!));
  const counts = new Map<string, number>();
  for (const m of members) for (const k of m.countries) counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const [country, count] of counts) {
    if (count < 2 || 2 * count <= members.length) continue;
    const meant = divisionCountries.has(country) || members.some((m) => m.unambiguous && m.countries.has(country));
    if (!meant) continue;
    members.forEach((m, j) => {
      if (m.namesake !== undefined && input.entities[m.namesake]!.country === country) found.set(run[j]!, m.namesake);
    });
  }
}

/** Words after a name shared by a state and its city that make it the state ("New York Attorney General"). */
const STATE_WORDS = new Set(['state', 'attorney', 'governor', 'gov', 'legislature', 'assembly', 'senate', 'senator', 'court', 'courts', 'judge', 'law', 'laws', 'lawmakers', 'voters', 'supreme', 'ag', 'legislators', 'primary', 'republicans', 'democrats', 'statewide']);

/**
 * A name shared by a city and the state around it ("New York"): news means the city, unless a word of the state's
 * government or "state" follows. The state is the entity whose Wikipedia title says "(state)" or whose name ends in "State".
 */
export function cityOrItsState(input: ResolveInput, entities: readonly number[], text: string, start: number, end: number): number | undefined {
  if (entities.length !== 2) return undefined;
  const [a, b] = entities.map((e) => input.entities[e]!);
  if (a!.type !== 'place' || b!.type !== 'place' || a!.country === undefined || a!.country !== b!.country) return undefined;
  const isState = (e: CompiledEntity) => hasTrait(e, 'stateTitle') || / State$/.test(e.name);
  if (isState(a!) === isState(b!)) return undefined;
  const [state, city] = isState(a!) ? [entities[0]!, entities[1]!] : [entities[1]!, entities[0]!];
  const next = wordAfter(text, end);
  if (next !== undefined && STATE_WORDS.has(next)) return state;
  // "Sen. Charles Schumer of New York": a legislator or governor is of a state.
  if (/\b(?:Sen|Senator|Rep|Representative|Gov|Governor|Congressman|Congresswoman)\.?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}of\s+$/u.test(text.slice(Math.max(0, start - 48), start))) return state;
  // "Seattle, Washington", "Albany, New York": after a city and a comma, the state.
  if (/\p{Lu}[\p{L}.'’-]*,\s?$/u.test(text.slice(Math.max(0, start - 24), start))) return state;
  // "the attorney general of New York", "the governor of New York".
  return /\b(?:general|governor|legislature|court|senate|assembly|state|senator)\s+of\s+$/i.test(text.slice(Math.max(0, start - 32), start)) ? state : city;
}
