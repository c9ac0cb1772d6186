import type { Entity } from '../dataset/types';
import type { AliasTarget, RawMatch } from '../matcher/types';
import { foldLowerString } from '../text/chars';
import { hasWordOf, isTitleCase, nextWord, previousWord, TITLE_CASE_SMALL, wordAfter, wordBefore, type Word } from './context';
import {
  CITY_NOUNS,
  GOVERNMENT_NOUNS,
  GOVERNMENT_PARTNERS,
  GOVERNMENT_VERBS,
  NAME_QUALIFIERS,
  NAME_SUFFIXES,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  SENTENCE_OPENERS,
  SPORTS_WORDS,
  TEAM_PREPOSITIONS,
  TEAM_ROLES,
  TITLES_AFTER_COUNTRY,
  WEEKDAYS_AND_MONTHS,
} from './cues';
import { titleFits } from './titles';

/**
 * Decides what each matched name means on this page, or that it means nothing we can vouch for. A wrong highlight
 * costs more trust than a missing one: a name that could mean several things, is also a common word, is a bare
 * surname, or sits inside a longer name we do not know, is linked only with evidence from the page. Every decision
 * keeps its reason. Every look at the text is a bounded window or a fact of its block read once: linear in the text.
 */

export type Reason =
  | 'unambiguous name'
  | 'demonym'
  | 'seat of government'
  | 'named elsewhere on the page'
  | 'related entity on the page'
  | 'title before the name'
  | 'after the full name'
  | 'unique short form'
  | 'city unless the state is said';

export type Rejection =
  | 'ambiguous, no evidence on the page'
  | 'short form, no full name on the page'
  | 'short form of another person on the page'
  | 'several people of that name on the page'
  | 'part of a longer name'
  | 'a team in a sports report'
  | 'another place of that name';

export interface Resolved {
  segment: number;
  start: number;
  end: number;
  /** Index into the engine's entity list. */
  entity: number;
  reason: Reason;
}

export interface Rejected {
  segment: number;
  start: number;
  end: number;
  reason: Rejection;
}

export interface ResolveInput {
  entities: readonly Entity[];
  /** Entity id → index. */
  index: ReadonlyMap<string, number>;
  /** Folded lower-case names that are also common words or other things ("may", "jordan", "nice"). */
  ambiguousNames: ReadonlySet<string>;
  /** Whether two entities are related: one's country or seat is the other, they share a country, or events. */
  related(a: number, b: number): boolean;
  /** The stricter relation that lets a bare surname stand: one's country is the other, or events together. */
  linked(a: number, b: number): boolean;
  /** How well known an entity is (its number of events): breaks a tie between namesakes. */
  prominence(entity: number): number;
}

interface Candidate {
  segment: number;
  match: RawMatch;
  folded: string;
  targets: AliasTarget[];
}

/** Facts of a block read once, when first asked: a block is never read whole once per name. */
class Blocks {
  private readonly titleCase: (boolean | undefined)[] = [];
  private readonly sports: (boolean | undefined)[] = [];
  constructor(private readonly segments: readonly string[]) {}
  isTitleCase(segment: number): boolean {
    return (this.titleCase[segment] ??= isTitleCase(this.segments[segment]!));
  }
  isSports(segment: number): boolean {
    return (this.sports[segment] ??= hasWordOf(this.segments[segment]!, SPORTS_WORDS));
  }
}

export function resolve(input: ResolveInput, segments: readonly string[], matches: readonly RawMatch[][]): { mentions: Resolved[]; rejected: Rejected[] } {
  const candidates: Candidate[] = [];
  /** Where matched names start and end, per block: a neighbouring known name is no unknown longer name. */
  const starts = new Set<number>();
  const ends = new Set<number>();
  // One number per block and offset: blocks are far shorter than a billion characters.
  const at = (segment: number, offset: number) => segment * 1e9 + offset;
  matches.forEach((list, segment) => {
    const text = segments[segment]!;
    for (const match of list) {
      // A full name or alias outranks a surname that happens to spell the same ("Jordan" the country, not a Mr Jordan).
      const full = match.targets.filter((t) => t.kind !== 'short');
      candidates.push({ segment, match, folded: foldLowerString(text, match.start, match.end), targets: full.length ? full : match.targets });
      starts.add(at(segment, match.start));
      ends.add(at(segment, match.end));
    }
  });
  const blocks = new Blocks(segments);
  const knownAt = (segment: number, w: Word, side: 'start' | 'end') => (side === 'start' ? starts : ends).has(at(segment, side === 'start' ? w.start : w.end));

  const inLongerName = (c: Candidate) => insideLongerName(segments[c.segment]!, c, input, (w, side) => knownAt(c.segment, w, side) || (blocks.isTitleCase(c.segment) && TITLE_CASE_SMALL.has(w.folded)));
  const isStrong = (c: Candidate) =>
    !input.ambiguousNames.has(c.folded) && new Set(c.targets.map((t) => t.entity)).size === 1 && c.targets[0]!.kind !== 'short';
  // Evidence is what the page says in full, outside headlines and lists where capitals say nothing.
  const named = new Set<number>();
  const fullNameAt = new Map<number, number>(); // person → index of its first full-name mention in `candidates`
  const lastFullNameIn = new Map<number, number[]>(); // person → blocks where it is named in full
  candidates.forEach((c, i) => {
    if (!isStrong(c) || blocks.isTitleCase(c.segment) || inLongerName(c)) return;
    const e = c.targets[0]!.entity;
    named.add(e);
    if (!fullNameAt.has(e)) fullNameAt.set(e, i);
    const list = lastFullNameIn.get(e) ?? [];
    list.push(c.segment);
    lastFullNameIn.set(e, list);
  });
  const evidence = new Set(named);
  for (const id of named) {
    const e = input.entities[id]!;
    for (const link of [e.country, e.standsFor]) {
      const i = link === undefined ? undefined : input.index.get(link);
      if (i !== undefined) evidence.add(i);
    }
  }
  const relatedCache = new Map<number, boolean>();
  const relatedToPage = (e: number) => {
    let known = relatedCache.get(e);
    if (known === undefined) {
      known = false;
      for (const other of evidence) {
        if (other !== e && input.related(e, other)) {
          known = true;
          break;
        }
      }
      relatedCache.set(e, known);
    }
    return known;
  };

  // Surnames the page gives to someone else ("Boris Putin"): never that person's on this page without the full name.
  const othersNamed = new Set<string>();
  const givenOther = candidates.map((c) => {
    const given = c.targets[0]!.kind === 'short' && givenOtherName(segments[c.segment]!, c.match.start, c.match.end, blocks.isTitleCase(c.segment));
    if (given) othersNamed.add(c.folded);
    return given;
  });

  const mentions: Resolved[] = [];
  const rejected: Rejected[] = [];
  candidates.forEach((c, position) => {
    const text = segments[c.segment]!;
    const { start, end } = c.match;
    const accept = (entity: number, reason: Reason) => mentions.push({ segment: c.segment, start, end, ...seatOrSelf(input, text, start, end, entity, reason) });
    const reject = (reason: Rejection) => rejected.push({ segment: c.segment, start, end, reason });
    const entities = [...new Set(c.targets.map((t) => t.entity))];
    const kind = c.targets[0]!.kind;
    const titleCase = blocks.isTitleCase(c.segment);

    if (kind === 'short') {
      // "Kim" in "Kim Kardashian", "Summers" in "Brendan Summers", "Cummings" in "Elijah E. Cummings".
      if (givenOther[position]) return reject('short form of another person on the page');
      const ambiguous = input.ambiguousNames.has(c.folded);
      // "in May" is the month even on a page about Theresa May.
      if (ambiguous && TIME_PREPOSITIONS.has(wordBefore(text, start) ?? '')) return reject('ambiguous, no evidence on the page');
      const title = titleBefore(text, start);
      const spelled = entities.filter((e) => fullNameAt.has(e));
      if (spelled.length === 1) return accept(spelled[0]!, 'after the full name');
      if (spelled.length > 1) {
        // Two of one family named in full: a title that fits one of them decides ("President Trump"); "Mr." does not.
        const fitting = title === undefined ? [] : spelled.filter((e) => titleFits(title, input.entities[e]!.description));
        if (fitting.length === 1) return accept(fitting[0]!, 'title before the name');
        // Otherwise only the one named in full in this very paragraph, if the other is not.
        const here = spelled.filter((e) => lastFullNameIn.get(e)!.includes(c.segment));
        if (here.length === 1 && fullNameAt.get(here[0]!)! < position) return accept(here[0]!, 'after the full name');
        return reject('several people of that name on the page');
      }
      if (othersNamed.has(c.folded)) return reject('short form of another person on the page');
      // "Toledo, Ohio": a surname that names a place here.
      const after = candidates[position + 1];
      if (after && after.segment === c.segment && /^,\s?$/.test(text.slice(end, after.match.start)) && after.targets.some((t) => t.kind !== 'short' && isPlaceOrCountry(input.entities[t.entity]!))) {
        return reject('another place of that name');
      }
      if (title !== undefined) {
        // "President Macron" with no full name on the page: the title must fit one person only.
        const fitting = entities.filter((e) => titleFits(title, input.entities[e]!.description));
        if (fitting.length === 1) return accept(fitting[0]!, 'title before the name');
      }
      // "Putin", "Zelenskyy": a short form that twenty years of the news never gave anyone else (it is not in the
      // ambiguous lists, built from that record) and that one person in the registry holds.
      if (!ambiguous && entities.length === 1 && title === undefined) return accept(entities[0]!, 'unique short form');
      return reject('short form, no full name on the page');
    }
    // In a headline or list every word is capitalised: a capitalised neighbour still counts against the link unless
    // the page names the same thing in running text. Title case never lowers the bar.
    // A name of several words is itself a capitalised run: in a headline its neighbours say nothing more.
    const severalWords = /\s/.test(text.slice(start, end));
    if (inLongerName(c) && !(titleCase && (severalWords || c.targets.every((t) => named.has(t.entity))))) return reject('part of a longer name');
    if (kind !== 'demonym' && entities.some((e) => isPlaceOrCountry(input.entities[e]!)) && blocks.isSports(c.segment) && isTeamPosition(text, start, end)) {
      return reject('a team in a sports report');
    }
    const elsewhere = placeOfAnotherCountry(input, text, c, candidates[position + 1]);
    if (elsewhere) return reject('another place of that name');
    if (kind === 'demonym' && entities.length === 1) return accept(entities[0]!, 'demonym');
    if (isStrong(c)) return accept(entities[0]!, 'unambiguous name');

    const cityOrState = cityOrItsState(input, entities, text, start, end);
    if (cityOrState !== undefined) return accept(cityOrState, 'city unless the state is said');

    const titled = titleBefore(text, start) !== undefined;
    let best: { entity: number; score: number; reason: Reason } | undefined;
    let tie = false;
    for (const e of entities) {
      const scored = evidenceFor(input, e, named, titled, relatedToPage);
      if (!scored) continue;
      if (!best || scored.score > best.score) {
        best = { entity: e, ...scored };
        tie = false;
      } else if (scored.score === best.score) tie = true;
    }
    if (best && !tie) return accept(best.entity, best.reason);
    return reject('ambiguous, no evidence on the page');
  });
  return { mentions, rejected };
}

const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'early', 'late', 'mid', 'from', 'through', 'last', 'next', 'this', 'of']);
const LINKS_OF_NAMES = new Set(['of', 'de', 'du', 'des', 'di', 'del', 'della', 'der', 'von', 'for']);

function isPlaceOrCountry(e: Entity): boolean {
  return e.type === 'country' || e.type === 'place';
}

/**
 * A known name inside a longer capitalised name the registry does not know ("West Virginia", "Ohio State",
 * "University of Glasgow", "Miami Dolphins", "U.S. Department of Education"): evidence against the link. Titles,
 * days, months, sentence openers and neighbouring known names are no part of a longer name.
 */
function insideLongerName(text: string, c: Candidate, input: ResolveInput, known: (w: Word, side: 'start' | 'end') => boolean): boolean {
  const { start, end } = c.match;
  const entity = input.entities[c.targets[0]!.entity]!;
  const next = nextWord(text, end);
  if (next && next.capitalised && !known(next, 'start') && !WEEKDAYS_AND_MONTHS.has(next.folded) && !TITLES_AFTER_COUNTRY.has(next.folded)) {
    const suffix = entity.type === 'person' && NAME_SUFFIXES.has(next.folded);
    // "in the U.S. Trump said": after a name that ends in a full stop, a sentence may begin.
    const newSentence = text[end - 1] === '.' && !next.hyphen && SENTENCE_OPENERS.has(next.folded);
    if (!suffix && !newSentence && !(next.folded.length === 1 && !next.initial)) return true;
  }
  const prev = previousWord(text, start);
  // A possessive ends a name: "Russia's Kursk region".
  const possessive = prev !== undefined && /['’]s?$/.test(prev.folded);
  if (prev && prev.capitalised && !possessive && !known(prev, 'end') && !PERSON_TITLES.has(prev.folded) && !WEEKDAYS_AND_MONTHS.has(prev.folded)) {
    if (!prev.opensSentence || NAME_QUALIFIERS.has(prev.folded)) return true;
  }
  // "University of Glasgow", "Bank of France", "Tour de France".
  if (prev && !prev.capitalised && !prev.hyphen && LINKS_OF_NAMES.has(prev.folded)) {
    const head = previousWord(text, prev.start);
    if (head && head.capitalised && !head.hyphen && !known(head, 'end') && !(head.opensSentence && SENTENCE_OPENERS.has(head.folded))) return true;
  }
  return false;
}

/**
 * The page gives this surname another first name or an initial: a capitalised word or initial right before it that
 * is no title and no opener of a sentence ("Brendan Summers", "Elijah E. Cummings"), or a capitalised word or
 * initial right after it ("Paul D. Ryan", "Kim Kardashian"). In a title-case block every word is capitalised, so
 * there a capitalised neighbour says the same: no lower bar for headlines and lists.
 */
function givenOtherName(text: string, start: number, end: number, titleCase: boolean): boolean {
  const prev = previousWord(text, start);
  if (prev && !prev.hyphen && (prev.capitalised || prev.initial) && !PERSON_TITLES.has(prev.folded) && !WEEKDAYS_AND_MONTHS.has(prev.folded)) {
    if (!prev.opensSentence || !SENTENCE_OPENERS.has(prev.folded)) {
      if (!titleCase || !SENTENCE_OPENERS.has(prev.folded)) return true;
    }
  }
  const next = nextWord(text, end);
  if (next && !next.hyphen && (next.initial || (next.capitalised && /^\p{Lu}\p{Ll}/u.test(text.slice(next.start, next.start + 2))))) {
    if (titleCase) return !SENTENCE_OPENERS.has(next.folded) && next.initial;
    return !WEEKDAYS_AND_MONTHS.has(next.folded) && !NAME_SUFFIXES.has(next.folded);
  }
  return false;
}

/** A country or city where a sports report puts a team: before a team role, or after "against", "beat", "for". */
function isTeamPosition(text: string, start: number, end: number): boolean {
  const possessive = /^['’]s?\s/.test(text.slice(end, end + 3));
  const after = wordAfter(text, possessive ? end + (text[end + 1] === 's' ? 2 : 1) : end);
  if (after !== undefined && TEAM_ROLES.has(after)) return true;
  const before = wordBefore(text, start);
  return before !== undefined && TEAM_PREPOSITIONS.has(before);
}

/**
 * "Odessa, Texas", "Birmingham, Alabama": a city followed by a comma and a state or country of another country than
 * the city's is a namesake we do not know. A list of places ("Paris, London and Berlin") is no such pair.
 */
function placeOfAnotherCountry(input: ResolveInput, text: string, c: Candidate, next: Candidate | undefined): boolean {
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
      return region.id !== place.country && region.country !== place.country;
    });
  });
}

/** Words after a name shared by a state and its city that make it the state ("New York Attorney General"). */
const STATE_WORDS = new Set(['state', 'attorney', 'governor', 'gov', 'legislature', 'assembly', 'senate', 'senator', 'court', 'courts', 'judge', 'law', 'laws', 'lawmakers', 'voters', 'supreme', 'ag', 'legislators', 'primary', 'republicans', 'democrats', 'statewide']);

/**
 * A name shared by a city and the state around it ("New York"): news means the city, unless a word of the state's
 * government or "state" follows. The state is the entity whose Wikipedia title says "(state)" or whose name ends in "State".
 */
function cityOrItsState(input: ResolveInput, entities: readonly number[], text: string, start: number, end: number): number | undefined {
  if (entities.length !== 2) return undefined;
  const [a, b] = entities.map((e) => input.entities[e]!);
  if (a!.type !== 'place' || b!.type !== 'place' || a!.country === undefined || a!.country !== b!.country) return undefined;
  const isState = (e: Entity) => /\(state\)$/.test(e.wikipedia ?? '') || / State$/.test(e.name);
  if (isState(a!) === isState(b!)) return undefined;
  const [state, city] = isState(a!) ? [entities[0]!, entities[1]!] : [entities[1]!, entities[0]!];
  const next = wordAfter(text, end);
  if (next !== undefined && STATE_WORDS.has(next)) return state;
  // "the attorney general of New York", "the governor of New York".
  return /\b(?:general|governor|legislature|court|senate|assembly|state|senator)\s+of\s+$/i.test(text.slice(Math.max(0, start - 32), start)) ? state : city;
}

function evidenceFor(
  input: ResolveInput,
  entity: number,
  named: ReadonlySet<number>,
  titled: boolean,
  relatedToPage: (e: number) => boolean,
): { score: number; reason: Reason } | undefined {
  if (named.has(entity)) return { score: 3, reason: 'named elsewhere on the page' };
  if (titled && input.entities[entity]!.type === 'person') return { score: 2, reason: 'title before the name' };
  if (relatedToPage(entity)) return { score: 1, reason: 'related entity on the page' };
  return undefined;
}

/**
 * A capital stands for its government only with a cue that says so: a verb of saying or acting after it ("Moscow
 * said", "Beijing warned"), a government noun after its possessive ("Seoul's intelligence"), or a word of relations
 * before it ("talks with Moscow"). Otherwise it is the city ("a London-based group", "the Madrid peace talks",
 * "BEIJING:"). A seat that is a building ("the Kremlin") is the government unless a place preposition says otherwise.
 */
function seatOrSelf(input: ResolveInput, text: string, start: number, end: number, entity: number, reason: Reason): { entity: number; reason: Reason } {
  const seat = input.entities[entity]!;
  // A body that stands for its government ("the Obama administration", "the White House") is already that body.
  if (seat.type === 'organization') return { entity, reason };
  const target = seat.standsFor;
  const country = target === undefined ? undefined : input.index.get(target);
  if (country === undefined) return { entity, reason };
  const possessive = /^['’]s?\b/.test(text.slice(end, end + 2));
  const next = possessive ? wordAfter(text, end + (text[end + 1] === 's' ? 2 : 1)) : text[end] === ' ' ? wordAfter(text, end) : undefined;
  const before = wordBefore(text, start);
  const government = { entity: country, reason: 'seat of government' as const };
  if (possessive && next !== undefined && GOVERNMENT_NOUNS.has(next)) return government;
  if (before !== undefined && PLACE_PREPOSITIONS.has(before)) return { entity, reason };
  if (next !== undefined && CITY_NOUNS.has(next)) return { entity, reason };
  if (isDateline(text, start, end)) return { entity, reason };
  // "the Kremlin denied", but "the Madrid peace talks", "the London office": a noun after it makes it a modifier.
  const building = /^the\s*$/i.test(text.slice(Math.max(0, start - 4), start)) && (next === undefined || possessive || GOVERNMENT_VERBS.has(next));
  if (building) return government;
  if (!possessive && next !== undefined && GOVERNMENT_VERBS.has(next)) return government;
  if (before !== undefined && (GOVERNMENT_PARTNERS.has(before) || GOVERNMENT_VERBS.has(before))) return government;
  // "between Moscow and Kyiv", "Paris and Berlin disagree": a capital coordinated with another acting as one.
  const window = text.slice(Math.max(0, start - 40), start);
  if (/\b(?:between|with|against)\s+\p{Lu}[\p{L}.]*\s+(?:and|or)\s+$/u.test(window)) return government;
  const coordinated = /^\s+(?:and|or)\s+\p{Lu}[\p{L}.]*\s+(\p{L}+)/u.exec(text.slice(end, end + 48));
  if (coordinated && GOVERNMENT_VERBS.has(coordinated[1]!.toLowerCase())) return government;
  return { entity, reason };
}

function isDateline(text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim() === '' && /^\s*(,|—|–|-|\(|:)/.test(text.slice(end, end + 3));
}

/** The title right before a name ("President", "Gen."), folded, if there is one. */
function titleBefore(text: string, start: number): string | undefined {
  const word = wordBefore(text, start);
  return word !== undefined && PERSON_TITLES.has(word) ? word : undefined;
}
