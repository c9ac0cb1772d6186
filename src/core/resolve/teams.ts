import type { AliasKind } from '../matcher/types';
import { isPlaceOrCountry, possessiveEnd, type ResolveInput } from './candidate';
import { previousWord, wordAfter, wordBefore } from './context';
import {
  CITY_NOUNS,
  CLUB_OFFICES,
  CONTEST_BEFORE,
  CONTEST_PARTICLES,
  PLACE_PREPOSITIONS,
  RESULT_ROLES,
  RESULT_VERBS,
  SPORTS_WORDS,
  TEAM_ONLY_ROLES,
  TEAM_PREPOSITIONS,
  TEAM_ROLES,
  TEAM_VERB_PARTICLES,
  TEAM_VERBS_WITH,
} from './cues';

/** Where a place's name is a team's: in news of sport, and wherever only a team can do what the text says. */

/**
 * A country or city that is a team. In a block with a word of sport: before a team role, or after "against", "beat",
 * "for" (only a result or a contest where every such word has other senses too). In any text: before a role only a
 * team has ("Boston manager", "Argentina captain"); a city or state that beats or is beaten ("Colorado defeated
 * Nebraska": places do not defeat places, teams do); after "plays for" or "won against". A plural people before a
 * team role ("Indians manager") is a team too.
 */
export function isTeam(input: ResolveInput, entities: readonly number[], text: string, start: number, end: number, kind: AliasKind, sports: boolean, surelySports: boolean, report: boolean): boolean {
  const possessive = possessiveEnd(text, end);
  const after = wordAfter(text, possessive < 0 ? end : possessive);
  const teamRole = after !== undefined && TEAM_ONLY_ROLES.has(after);
  if (kind === 'demonym') return /s$/.test(text.slice(start, end)) && teamRole && possessive < 0;
  if (sports && isTeamPosition(text, start, end, surelySports)) return true;
  if (teamRole) return true;
  if (surelySports && after !== undefined && CLUB_OFFICES.has(after) && entities.every((e) => input.entities[e]!.type === 'place')) return true;
  const before = wordBefore(text, start);
  // "Italy arrived in London having won the last three world titles": a place that wins titles is a team, in any
  // block; "in London" stays the city.
  if (!PLACE_PREPOSITIONS.has(before ?? '') && TITLES_WON.test(text.slice(end, end + 72))) return true;
  const pair = /\b(\p{L}+)\s+(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  // "strikers playing in Munich": in a sports report, a place one plays in is the club's.
  if (sports && pair && /^play/i.test(pair[1]!) && pair[2]!.toLowerCase() === 'in' && entities.every((e) => isPlaceOrCountry(input.entities[e]!))) return true;
  if (report && entities.every((e) => isPlaceOrCountry(input.entities[e]!))) {
    // "Saban led Alabama", "Alabama hasn't won the league", "England's most gifted strokemaker": in a sports report
    // a place that acts or owns is a team, which the registry does not hold. It is the place only where the text
    // puts it as one: after a place word ("in Alabama", "from Boston"), in an address or dateline ("Tuscaloosa,
    // Ala."; "Seattle, Washington"), or before a noun of the place itself ("Boston's mayor").
    if (!placeInSports(text, start, end, before)) return true;
  }
  if (pair && TEAM_VERBS_WITH.has(pair[1]!.toLowerCase()) && TEAM_VERB_PARTICLES.has(pair[2]!.toLowerCase())) {
    // "plays for France" is a national team; "lost to Russia" may be a war: countries only in a sports report.
    if (/^play/i.test(pair[1]!) || sports || entities.every((e) => input.entities[e]!.type === 'place')) return true;
  }
  if (!entities.every((e) => input.entities[e]!.type === 'place')) return false;
  return (after !== undefined && possessive < 0 && RESULT_VERBS.has(after)) || (before !== undefined && RESULT_VERBS.has(before));
}

/**
 * Later in the clause, the place wins titles of a contest: "… having won the last three world titles". Only lower-case
 * words and places after a preposition lie between: "Chicago teacher Ann Lee won the national championship" is hers.
 */
const TITLES_WON =
  /^(?:\s+(?:(?:in|at|to|from)\s+\p{Lu}[\p{L}.'’-]*|\p{Ll}[\p{Ll}'’-]*)){0,6}?\s+(?:won|wins|win|winning)\s+(?:(?:the|a|an|its|their|\d+|two|three|four|five|six|seven|eight|nine|ten|last|previous|consecutive|straight)\s+)*(?:[Ww]orld|[Ee]uropean|[Oo]lympic|[Nn]ational|[Ll]eague|back-to-back)\s+(?:[Tt]itles?|[Cc]hampionships?|[Cc]rowns?|[Cc]ups?)\b/u;

/** A part of a place ("north Georgia", "southern England"): the place, never a team. */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'coastal']);

/** In a sports report, a place the text puts as a place: after a place word, in an address or dateline, before a noun of the city. */
function placeInSports(text: string, start: number, end: number, before: string | undefined): boolean {
  if (before !== undefined && (PLACE_PREPOSITIONS.has(before) || COMPASS.has(before))) return true;
  // "Tuscaloosa, Ala.", "Seattle, Washington", "LONDON (Reuters) -", "BOSTON —": an address or a dateline.
  if (/^(?:,\s*\p{Lu}|\s*\(|\s*[-–—:])/u.test(text.slice(end, end + 4))) return true;
  if (/\p{Lu}[\p{L}.]*,\s*$/u.test(text.slice(Math.max(0, start - 24), start))) return true;
  const possessive = possessiveEnd(text, end);
  const after = wordAfter(text, possessive < 0 ? end : possessive);
  return after !== undefined && CITY_NOUNS.has(after);
}

/**
 * A country or city where a block of sport puts a team: before a team role, or after "against", "beat", "for". Where
 * the block's words of sport are all ones news uses in other senses too ("to match those rules", "medals for the
 * fighting"), only a result or a contest says so: "the deal with Japan" is the country.
 */
function isTeamPosition(text: string, start: number, end: number, surelySports: boolean): boolean {
  const possessive = /^['’]s?\s/.test(text.slice(end, end + 3));
  const after = wordAfter(text, possessive ? end + (text[end + 1] === 's' ? 2 : 1) : end);
  if (after !== undefined && (surelySports ? TEAM_ROLES : RESULT_ROLES).has(after)) return true;
  const before = previousWord(text, start);
  if (before === undefined) return false;
  if (surelySports) return TEAM_PREPOSITIONS.has(before.folded);
  if (RESULT_VERBS.has(before.folded) || CONTEST_BEFORE.has(before.folded)) return true;
  const head = CONTEST_PARTICLES.has(before.folded) ? wordBefore(text, before.start) : undefined;
  return head !== undefined && SPORTS_WORDS.has(head);
}
