import type { CompiledEntity } from '../dataset/types';
import type { RawMatch } from '../matcher/types';
import { foldLowerString } from '../text/chars';
import { distinctWordsOf, hasWordOf, isTitleCase, nextWord, previousWord, TITLE_CASE_SMALL, wordAfter, wordBefore, type Word } from './context';
import {
  CITY_NOUNS,
  CONTEST_WORDS,
  COMPANY_FORMS,
  COMPANY_OF_WORDS,
  LAST_COMPANY_FORMS,
  GOVERNMENT_NOUNS,
  GOVERNMENT_PARTNERS,
  INSTITUTIONS,
  NAME_QUALIFIERS,
  MORE_OPENERS,
  NAME_SUFFIXES,
  OUTLETS_AND_MARKETS,
  PAST_STATES,
  PERSON_TITLES,
  PLACE_PREPOSITIONS,
  PORTFOLIOS,
  SENTENCE_OPENERS,
  SPORTS_WORDS,
  STRONG_SPORTS_WORDS,
  TITLES_AFTER_COUNTRY,
  WEEKDAYS_AND_MONTHS,
} from './cues';
import { titleFits } from './titles';
import { shortName } from './names';
import { actsAfter, actsOn, isAuxiliary } from './acting';
import { type Candidate, isPlaceOrCountry, possessiveEnd, type ResolveInput } from './candidate';
import { bodyOfAnotherCountry, cityOrItsState, divisionNamed, divisionOfCity, divisionsInLists, placeOfAnotherCountry } from './places';
import { isTeam } from './teams';
import { hasTrait } from './traits';

export type { ResolveInput } from './candidate';

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
  | 'city unless the state is said'
  | 'after a word of place'
  | 'the division the text names'
  | 'one of a list of divisions'
  | 'a company by what the text says of it'
  | 'a state after its city';

export type Rejection =
  | 'ambiguous, no evidence on the page'
  | 'short form, no full name on the page'
  | 'short form of another person on the page'
  | 'several people of that name on the page'
  | 'several papers of that name on the page'
  | 'part of a longer name'
  | 'a team in a sports report'
  | 'a league of that name'
  | 'a company of that name'
  | 'another place of that name'
  | 'a person of that name'
  | 'a band of that name'
  | 'a speaker of that name, not the city'
  | 'named without its article'
  | 'the title of another paper'
  | 'the name of an index'
  | 'an abbreviation not after a city'
  | 'a city or its division'
  | 'a body of another country';

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



/**
 * Phrases of sport news uses in no other sense, where each word alone has other senses: the time a referee adds to a
 * match for stoppages, as a time something happens in ("in first-half injury time", "deep into stoppage time") or
 * before a goal ("an injury-time winner"). Not "injury time limits" of a law, nor "extra time", which a court or a
 * deadline grants too.
 */
const SURE_SPORTS_PHRASE =
  /\b(?:in|into|of)\s+(?:(?:the|first|second|first-half|second-half|half)\s+)?(?:injury|stoppage)[\s-]+time\b|\b(?:injury|stoppage)-time\s+(?:winner|equali[sz]er|goal|header|penalty)\b/i;

/** Facts of a block read once, when first asked: a block is never read whole once per name. */
class Blocks {
  private readonly titleCase: (boolean | undefined)[] = [];
  private readonly sports: (boolean | undefined)[] = [];
  private readonly sportsReport: (boolean | undefined)[] = [];
  private readonly strongSports: (boolean | undefined)[] = [];
  constructor(private readonly segments: readonly string[]) {}
  isTitleCase(segment: number): boolean {
    return (this.titleCase[segment] ??= isTitleCase(this.segments[segment]!));
  }
  private readonly sportsPhrase: (boolean | undefined)[] = [];
  isSports(segment: number): boolean {
    return (this.sports[segment] ??= hasWordOf(this.segments[segment]!, SPORTS_WORDS) || this.hasSportsPhrase(segment));
  }
  /** A block with a word of sport that news seldom uses in another sense ("coach", not "match" or "goal"), or a phrase of one ("injury time"). */
  isSurelySports(segment: number): boolean {
    return (this.strongSports[segment] ??= hasWordOf(this.segments[segment]!, STRONG_SPORTS_WORDS) || this.hasSportsPhrase(segment));
  }
  private hasSportsPhrase(segment: number): boolean {
    return (this.sportsPhrase[segment] ??= SURE_SPORTS_PHRASE.test(this.segments[segment]!));
  }
  /**
   * A block that is surely a sports report: two different words of sport, one of them a word news seldom uses in
   * another sense, not one ("cities scored above"); or any block of a page whose blocks hold three different such
   * words (a match report's paragraphs name the sport once or not at all). "Goal", "game" or "penalty" alone never
   * make a page on a trial or a summit a sports report. A phrase only a match has ("in injury time", "stoppage
   * time") counts as one such word.
   */
  isSportsReport(segment: number): boolean {
    return (this.sportsReport[segment] ??= this.readSportsReport(segment));
  }
  private readSportsReport(segment: number): boolean {
    const text = this.segments[segment]!;
    const phrase = this.hasSportsPhrase(segment);
    return (distinctWordsOf(text, SPORTS_WORDS, phrase ? 1 : 2) && (phrase || hasWordOf(text, STRONG_SPORTS_WORDS))) || this.isSportsPage();
  }
  private sportsPage: boolean | undefined;
  private isSportsPage(): boolean {
    return (this.sportsPage ??= this.readSportsPage());
  }
  private readSportsPage(): boolean {
    const phrases = this.segments.some((_, i) => this.hasSportsPhrase(i));
    return distinctWordsOf(this.segments.join('\n'), STRONG_SPORTS_WORDS, phrases ? 2 : 3);
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
      // A newspaper's short form without its article ("Kyiv Post", "China Times") is no candidate, nor a known
      // neighbour that would keep the name before it from being part of a longer one.
      if (match.targets.every((t) => t.kind === 'short' && t.article) && !hasArticle(text, match.start)) continue;
      // A full name or alias outranks a surname that happens to spell the same ("Jordan" the country, not a Mr Jordan).
      const full = match.targets.filter((t) => t.kind !== 'short');
      candidates.push({ segment, match, folded: foldLowerString(text, match.start, match.end), targets: full.length ? full : match.targets });
      starts.add(at(segment, match.start));
      ends.add(at(segment, match.end));
    }
  });
  const blocks = new Blocks(segments);
  // A known neighbour is no unknown longer name, unless it is itself part of one on the far side: "American" in
  // "American Indian Movement", "Texas" in "Texas Department of State Health Services", "U.S." in "U.S.-Japan Council".
  // Read right to left for the right side and left to right for the left, each neighbour once: linear.
  const startIndex = new Map<number, number>();
  const endIndex = new Map<number, number>();
  candidates.forEach((c, i) => {
    startIndex.set(at(c.segment, c.match.start), i);
    endIndex.set(at(c.segment, c.match.end), i);
  });
  const commonNeighbour = (n: Candidate) => input.ambiguousNames.has(n.folded) && !/\s/.test(n.folded);
  const small = (c: Candidate, w: Word) => blocks.isTitleCase(c.segment) && TITLE_CASE_SMALL.has(w.folded);
  const longerRight: boolean[] = new Array<boolean>(candidates.length).fill(false);
  const longerLeft: boolean[] = new Array<boolean>(candidates.length).fill(false);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    longerRight[i] = longerOnRight(segments[c.segment]!, c, input, (w) => {
      const j = startIndex.get(at(c.segment, w.start));
      // "Mandalay Bay": a one-word name that is also a common word or several things ("Bay") is no known neighbour.
      return (j !== undefined && j > i && !longerRight[j] && !commonNeighbour(candidates[j]!)) || small(c, w);
    });
  }
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    longerLeft[i] = longerOnLeft(segments[c.segment]!, c, () => isCityOnly(input, c), (w) => {
      const k = endIndex.get(at(c.segment, w.end));
      return (k !== undefined && k < i && !longerLeft[k]) || small(c, w);
    });
  }
  // "Michigan Supreme Court", "the Senate of Italy": a generic body's name (an ambiguous alias) joined to a place is
  // that place's body, which the registry does not hold; neither name is linked alone.
  const bodyOfPlace = new Set<number>();
  const isPlaceCandidate = (c: Candidate) => c.targets.some((t) => t.kind !== 'demonym' && isPlaceOrCountry(input.entities[t.entity]!));
  // "Republican Party of Kentucky", "Democratic Party of Virginia": a national body's name, "of" and a place inside
  // its country is that place's branch, which the registry does not hold.
  const isInnerPlaceOf = (c: Candidate, country: string | undefined) =>
    country !== undefined && c.targets.some((t) => t.kind !== 'demonym' && input.entities[t.entity]!.type === 'place' && input.entities[t.entity]!.country === country);
  candidates.forEach((c, i) => {
    if (!c.targets.every((t) => input.entities[t.entity]!.type === 'organization')) return;
    const text = segments[c.segment]!;
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(c.match.end, c.match.end + 12));
    const j = of === null ? undefined : startIndex.get(at(c.segment, c.match.end + of[0].length));
    const country = input.entities[c.targets[0]!.entity]!.country;
    if (j !== undefined && j > i && c.targets.every((t) => input.entities[t.entity]!.country === country) && isInnerPlaceOf(candidates[j]!, country)) {
      bodyOfPlace.add(i).add(j);
    }
    if (!input.ambiguousNames.has(c.folded)) return;
    const prev = previousWord(text, c.match.start);
    const k = prev === undefined ? undefined : endIndex.get(at(c.segment, prev.end));
    if (k !== undefined && k < i && isPlaceCandidate(candidates[k]!)) bodyOfPlace.add(i).add(k);
    if (j !== undefined && j > i && isPlaceCandidate(candidates[j]!)) bodyOfPlace.add(i).add(j);
  });
  // "U.S. Securities and Exchange Commission", "the Russian Foreign Ministry": a country's name or people right before
  // one of its own bodies is part of the body's name, as its institutions are ("U.S. forces").
  candidates.forEach((c, i) => {
    const next = candidates[i + 1];
    if (next === undefined || next.segment !== c.segment || !/^ ?$/.test(segments[c.segment]!.slice(c.match.end, next.match.start))) return;
    if (!c.targets.every((t) => input.entities[t.entity]!.type === 'country')) return;
    const countries = new Set(c.targets.map((t) => input.entities[t.entity]!.id));
    if (next.targets.every((t) => input.entities[t.entity]!.type === 'organization' && countries.has(input.entities[t.entity]!.country ?? ''))) bodyOfPlace.add(i);
  });
  const inLongerName = (c: Candidate, i: number) => longerRight[i]! || longerLeft[i]! || bodyOfPlace.has(i);
  // "Buenos Aires province": a page that names a division by its city's name and kind is about that country's
  // divisions. There, a name shared by a city and a division of the country is the division where the page said so,
  // and is left unlinked where it did not ("83 mm in Cordoba, 41 in Santa Fe": the city or its province).
  const divisionsNamed = new Set<number>();
  const divisionCountries = new Set<string>();
  const divisionAt = candidates.map((c) => divisionNamed(input, [...new Set(c.targets.map((t) => t.entity))], segments[c.segment]!, c.match.end));
  divisionAt.forEach((d) => {
    if (d === undefined) return;
    divisionsNamed.add(d);
    divisionCountries.add(input.entities[d]!.country ?? '');
  });
  // "83 mm in Cordoba, 41 in Santa Fe, 50 in Entre Rios": names listed together, most of them one country's divisions,
  // where the page or the list itself says that country's divisions are meant, are the divisions; the page then means
  // them wherever it repeats those names, as with a division it names by kind.
  const listedDivision = divisionsInLists(input, segments, candidates, (i) => inLongerName(candidates[i]!, i), divisionCountries);
  listedDivision.forEach((d) => {
    divisionsNamed.add(d);
    divisionCountries.add(input.entities[d]!.country ?? '');
  });
  const isStrong = (c: Candidate) =>
    !input.ambiguousNames.has(c.folded) && new Set(c.targets.map((t) => t.entity)).size === 1 && c.targets[0]!.kind !== 'short';
  // Evidence is what the page says in full, outside headlines and lists where capitals say nothing.
  const named = new Set<number>();
  const fullNameAt = new Map<number, number>(); // person → index of its first full-name mention in `candidates`
  const lastFullNameIn = new Map<number, number[]>(); // person → blocks where it is named in full
  // A state's abbreviation after its city ("Palo Alto, Calif.") names the state as surely as its full name.
  const stateAfterCity = (c: Candidate) =>
    c.targets.length === 1 && input.entities[c.targets[0]!.entity]!.type === 'place' && isAbbreviation(segments[c.segment]!, c.match.start, c.match.end) && AFTER_CITY.test(segments[c.segment]!.slice(Math.max(0, c.match.start - 40), c.match.start));
  candidates.forEach((c, i) => {
    if (!(isStrong(c) || stateAfterCity(c)) || blocks.isTitleCase(c.segment) || inLongerName(c, i)) return;
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
  const relatedNow = (e: number): boolean => {
    // A city with a namesake in its country: the country, or anything else of it, fits both; only its division tells.
    const division = input.entities[e]!.division;
    if (division !== undefined) {
      const d = input.index.get(division);
      return d !== undefined && evidence.has(d);
    }
    for (const other of evidence) if (other !== e && input.related(e, other)) return true;
    return false;
  };
  const relatedToPage = (e: number) => {
    let known = relatedCache.get(e);
    if (known === undefined) {
      known = relatedNow(e);
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

    if (kind === 'short' && c.targets.every((t) => t.article)) {
      // "the Times" after "The New York Times": a newspaper's short form stands only with its article (candidates
      // without it are dropped above) and a capital, not inside a longer name ("Times Square", "the Times of India"),
      // and only after that one paper's full name on the page; with two papers of that word named, or none, it is no one's.
      if (!/\p{Lu}/u.test(text[start]!)) return reject('named without its article');
      // "The Times" with a capital article inside a sentence is a paper whose name that is (London's), not a short form.
      if (capitalArticleInSentence(text, start)) return reject('the title of another paper');
      if (inLongerName(c, position) || wordAfter(text, end) === 'of') return reject('part of a longer name');
      const spelled = entities.filter((e) => fullNameAt.has(e));
      if (spelled.length > 1) return reject('several papers of that name on the page');
      return spelled.length === 1 ? accept(spelled[0]!, 'after the full name') : reject('short form, no full name on the page');
    }
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
        const fitting = title === undefined ? [] : spelled.filter((e) => titleFits(title, input.entities[e]!));
        if (fitting.length === 1) return accept(fitting[0]!, 'title before the name');
        // Otherwise only the one named in full in this very paragraph, if the other is not.
        const here = spelled.filter((e) => lastFullNameIn.get(e)!.includes(c.segment));
        if (here.length === 1 && fullNameAt.get(here[0]!)! < position) return accept(here[0]!, 'after the full name');
        return reject('several people of that name on the page');
      }
      if (othersNamed.has(c.folded)) return reject('short form of another person on the page');
      // "Assad" for al-Assad, "Maliki" for al-Maliki: a family name without its article stands only after the full
      // name ("Houthi", "Sheikh" and "Adel" are too often something else).
      if (!entities.some((e) => foldLowerString(shortName(input.entities[e]!) ?? '') === c.folded)) return reject('short form, no full name on the page');
      // "Toledo, Ohio": a surname that names a place here.
      const after = candidates[position + 1];
      if (after && after.segment === c.segment && /^,\s?$/.test(text.slice(end, after.match.start)) && after.targets.some((t) => t.kind !== 'short' && isPlaceOrCountry(input.entities[t.entity]!))) {
        return reject('another place of that name');
      }
      if (title !== undefined) {
        // "President Macron" with no full name on the page: the title must fit one person only.
        const fitting = entities.filter((e) => titleFits(title, input.entities[e]!));
        if (fitting.length === 1) return accept(fitting[0]!, 'title before the name');
      }
      // "Putin", "Zelenskyy": a short form that twenty years of the news never gave anyone else (it is not in the
      // ambiguous lists, built from that record) and that one person in the registry holds.
      // Only for someone the news keeps naming (a few events in the record): "Maxwell" alone is not Ghislaine Maxwell,
      // nor "Davie" Tim Davie; a surname of someone rarely in the news is more often anyone else's.
      if (!ambiguous && entities.length === 1 && title === undefined && input.prominence(entities[0]!) >= SHORT_FORM_EVENTS) return accept(entities[0]!, 'unique short form');
      return reject('short form, no full name on the page');
    }
    // "Fresno, Calif.", "PARAMUS, N.J. —": a state's abbreviation names it only right after a city and a comma, as in
    // datelines and addresses; elsewhere "Ill.", "Miss.", "La." or "Wash." are too often something else.
    if (isAbbreviation(text, start, end) && entities.every((e) => input.entities[e]!.type === 'place')) {
      return stateAfterCity(c) ? accept(entities[0]!, 'a state after its city') : reject('an abbreviation not after a city');
    }
    // "New Zealand's Labour Party", "the Norwegian Labour Party": a party or state body named by another country right
    // before it is that country's namesake, which the registry may not hold.
    if (bodyOfAnotherCountry(input, entities, text, candidates[position - 1], c)) return reject('a body of another country');
    // In a headline or list every word is capitalised: a capitalised neighbour still counts against the link unless
    // the page names the same thing in running text. Title case never lowers the bar.
    // A name of several words is itself a capitalised run: in a headline its neighbours say nothing more.
    const severalWords = /\s/.test(text.slice(start, end));
    if (inLongerName(c, position) && !(titleCase && (severalWords || c.targets.every((t) => named.has(t.entity))))) return reject('part of a longer name');
    // "Hindu scriptures" is not the newspaper The Hindu: a name that begins with "The" needs it.
    if (c.targets.every((t) => t.article) && !hasArticle(text, start)) return reject('named without its article');
    if (namesAnIndex(text, end)) return reject('the name of an index');
    // "U.S. forces", "the Indian army", "Canadian government approval": a country's name or people as the adjective of
    // one of its institutions names the institution (the registry has some: "Israeli military" is the IDF's alias).
    if (entities.every((e) => input.entities[e]!.type === 'country') && text[end] === ' ' && INSTITUTIONS.has(wordAfter(text, end) ?? '')) {
      return reject('part of a longer name');
    }
    // "Tehran radio", "the Amsterdam bourse", "the Iranian news agency": a country's or city's broadcaster or market.
    if (entities.every((e) => isPlaceOrCountry(input.entities[e]!)) && text[end] === ' ' && (outletOrMarketAfter(text, end) || (!titleCase && sharedPluralName(text, end)))) {
      return reject('part of a longer name');
    }
    // "ancient Greece", "medieval England": a state of the past that shares the name.
    if (kind !== 'demonym' && entities.every((e) => isPlaceOrCountry(input.entities[e]!)) && PAST_STATES.has(wordBefore(text, start) ?? '')) {
      return reject('another place of that name');
    }
    // "90 pct of the outstanding stock of Madeira": a place whose stock or shareholders are named is a company of
    // that name ("the shares of Texas Instruments" is a longer name already; "Germany's" is the country's company,
    // "shares of U.S. exporters" a modifier).
    if (
      kind !== 'demonym' &&
      entities.every((e) => isPlaceOrCountry(input.entities[e]!)) &&
      /\b(?:stock|shares|stockholders|shareholders)\s+of\s+$/i.test(text.slice(Math.max(0, start - 24), start)) &&
      possessiveEnd(text, end) < 0 &&
      !/^\s+\p{Ll}/u.test(text.slice(end, end + 3))
    ) {
      return reject('a company of that name');
    }
    // "two SEC championships": in a sports report, an organisation's initials before a word of contest name a
    // league or conference of those initials (the Southeastern Conference), not the securities regulator.
    if (
      /^\p{Lu}{2,5}$/u.test(text.slice(start, end)) &&
      entities.every((e) => input.entities[e]!.type === 'organization' && !hasTrait(input.entities[e]!, 'sportsBody')) &&
      CONTEST_WORDS.has(wordAfter(text, end) ?? '') &&
      blocks.isSportsReport(c.segment)
    ) {
      return reject('a league of that name');
    }
    // "with acts like Davis, Chicago, and Mitchell": in a list of performers a place's name is a band's, which the
    // registry does not hold. "bands from cities like Chicago" and "he acts like Chicago" stay the city.
    if (entities.every((e) => isPlaceOrCountry(input.entities[e]!)) && PERFORMERS_BEFORE.test(text.slice(Math.max(0, start - 200), start))) {
      return reject('a band of that name');
    }
    if (entities.some((e) => isPlaceOrCountry(input.entities[e]!))) {
      if (isTeam(input, entities, text, start, end, kind, blocks.isSports(c.segment), blocks.isSurelySports(c.segment), blocks.isSportsReport(c.segment))) return reject('a team in a sports report');
      // "Guerrero's wife": a person of that name. "the Lewis County town of Ireland": a town, not the country.
      if (kinAfter(text, end)) return reject('a person of that name');
      if (entities.every((e) => input.entities[e]!.type === 'country') && TOWN_OF.test(text.slice(Math.max(0, start - 24), start))) {
        return reject('another place of that name');
      }
    }
    // "Hanover said it would split its stock": a city that is no seat of government does not speak; the speaker is
    // a company, a team or a person of that name. "Officials in Houston said" is the city.
    if (
      entities.every((e) => isSpeechlessCity(input.entities[e]!)) &&
      text[end] === ' ' &&
      SAYING.has(wordAfter(text, end) ?? '') &&
      !PLACE_PREPOSITIONS.has(wordBefore(text, start) ?? '')
    ) {
      return reject('a speaker of that name, not the city');
    }
    const elsewhere = placeOfAnotherCountry(input, text, c, candidates[position + 1]);
    if (elsewhere) return reject('another place of that name');
    if (kind === 'demonym' && entities.length === 1) return accept(entities[0]!, 'demonym');
    // "Buenos Aires province", "Kherson region": the division named after the city, where the registry has it.
    const division = divisionAt[position];
    if (division !== undefined) return accept(division, 'the division the text names');
    const listed = listedDivision.get(position);
    if (listed !== undefined) return accept(listed, 'one of a list of divisions');
    if (divisionCountries.size > 0) {
      const namesake = divisionOfCity(input, entities, divisionCountries);
      if (namesake !== undefined) {
        return divisionsNamed.has(namesake) ? accept(namesake, 'the division the text names') : reject('a city or its division');
      }
    }
    if (isStrong(c)) return accept(entities[0]!, 'unambiguous name');

    const cityOrState = cityOrItsState(input, entities, text, start, end);
    if (cityOrState !== undefined) return accept(cityOrState, 'city unless the state is said');

    // "born in Paris", "moved from Belgium": a capitalised name that means one place only, after a word that puts
    // a place after it, is that place. A month after "in" is no name here: "May" is a person or a month, not a place.
    // Not a city that another city shares the name of: "born in Portland" or "in Manchester" says a place, not which.
    if (entities.length === 1 && isPlaceOrCountry(input.entities[entities[0]!]!) && !input.namesakeNames.has(c.folded) && !titleCase && PLACE_ONLY_BEFORE.has(wordBefore(text, start) ?? '')) {
      return accept(entities[0]!, 'after a word of place');
    }
    // "the former CEO of Apple", "a stake in Apple", "Apple is an electronics company": a name that is also a common
    // word ("Apple", in the ambiguous lists) is the company where the text says it is one.
    const company = companyNamed(input, entities, text, start, end);
    if (company !== undefined) return accept(company, 'a company by what the text says of it');
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

/** Words after which a capitalised name is a place: "in Paris", "near Split". Not "to" or "from": people are sent to and heard from. */
const PLACE_ONLY_BEFORE = new Set(['in', 'near', 'outside', 'across', 'via', 'toward', 'towards', 'inside', 'throughout']);
/** Events in the record a person needs before a bare surname alone names them. */
// Ten, not two: as the events grow, people the news names only now and then pass a low bar ("Maxwell" in a page
// about James Clerk Maxwell became Ghislaine Maxwell once she had two events).
const SHORT_FORM_EVENTS = 10;
const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'during', 'early', 'late', 'mid', 'from', 'through', 'last', 'next', 'this', 'of']);
const LINKS_OF_NAMES = new Set(['of', 'de', 'du', 'des', 'di', 'del', 'della', 'der', 'von', 'for']);

/** "Calif.", "N.J.", "W. Va.": a short form with full stops, the shape of a state's abbreviation. */
const ABBREVIATION = /^(?:\p{Lu}\.\s?)+(?:\p{Lu}\p{Ll}{1,3}\.)?$|^\p{Lu}\p{Ll}{1,4}\.$/u;
/** A city's name (one to four capitalised words) and a comma right before. */
const AFTER_CITY = /(?:^|[^\p{L}.'’-])\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s?,\s?$/u;

function isAbbreviation(text: string, start: number, end: number): boolean {
  return text.charCodeAt(end - 1) === 0x2e && ABBREVIATION.test(text.slice(start, end));
}


/**
 * A known name inside a longer capitalised name the registry does not know ("West Virginia", "Ohio State",
 * "University of Glasgow", "Miami Dolphins", "U.S. Department of Education"): evidence against the link. Titles,
 * days, months, sentence openers and neighbouring known names that are not themselves inside a longer name are no
 * part of a longer name. `clean(w)`: the word starts (on the right) or ends (on the left) such a known name.
 */
function longerOnRight(text: string, c: Candidate, input: ResolveInput, clean: (w: Word) => boolean): boolean {
  const { end } = c.match;
  const entity = input.entities[c.targets[0]!.entity]!;
  const next = nextWord(text, end);
  // "Treasury Secretary Timothy Geithner", "Justice Minister X": a body named by its portfolio alone, then an office
  // and a name, is the office's title (Secretary of the Treasury), a person's, not the body.
  if (next && officeOfPortfolio(text, c, next)) return true;
  // "London's Heathrow Airport", "Moscow's Vnukovo airport": a city's possessive before a named airport, station or
  // stadium of it is said as part of that facility's name, which the registry does not hold.
  if (entity.type === 'place' && FACILITY_AFTER_POSSESSIVE.test(text.slice(end, end + 64))) return true;
  // "NASA's Jet Propulsion Laboratory", "California's Division of Occupational Safety and Health": an organisation's
  // possessive before the capitalised name of one of its laboratories, institutes or divisions, and a state's or
  // city's before one of its government's divisions, departments or agencies, is said as part of that body's name
  // (NASA JPL, the California Division of …), which the registry does not hold. A place's school, museum or hospital
  // does not carry the place's name ("London's Emanuel School" is in the city), and a country's office seldom does
  // ("Britain's Office for National Statistics" is the country's): those stay the place.
  const after = text.slice(end, end + 96);
  if (entity.type === 'organization' && BODY_OF_ORGANISATION_AFTER_POSSESSIVE.test(after)) return true;
  if (entity.type === 'place' && BODY_OF_PLACE_AFTER_POSSESSIVE.test(after)) return true;
  if (next && next.capitalised && !clean(next) && !WEEKDAYS_AND_MONTHS.has(next.folded) && !titleAfter(text, next)) {
    // "General Electric Co.", "The Boeing Company": the company's legal form, the same company.
    // Only a form that ends the name: "General Electric Co Plc" is another company, Britain's GEC.
    const suffix =
      (entity.type === 'person' && NAME_SUFFIXES.has(next.folded)) ||
      (entity.type === 'organization' && COMPANY_FORMS.has(next.folded.replace(/\.$/, '')) && (!nextWord(text, next.end)?.capitalised || TICKER.test(text.slice(next.end, next.end + 12)))) ||
      (entity.type === 'organization' && TICKER.test(text.slice(end, end + 12)));
    // "in the U.S. Trump said": after a name that ends in a full stop, a sentence may begin.
    const newSentence = text[end - 1] === '.' && !next.hyphen && SENTENCE_OPENERS.has(next.folded);
    if (!suffix && !newSentence && !(next.folded.length === 1 && !next.initial)) return true;
  }
  return false;
}

const FACILITY_AFTER_POSSESSIVE = /^['’]s\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:[Ii]nternational\s+)?(?:[Aa]irport|Station|Stadium|Arena)\b/u;

/**
 * A possessive (also "NASA 's" in tokenised text), then a body's capitalised name: one to four capitalised words
 * ending in the body's kind ("Jet Propulsion Laboratory"), or its kind and "of" or "for" and a capitalised name
 * ("Division of Occupational Safety"). Lower-case kinds ("NASA's laboratories", "California's health department")
 * stay the owner.
 */
function bodyAfterPossessive(kinds: string): RegExp {
  return new RegExp(`^ ?['’]s\\s+(?:(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}(?:${kinds})\\b|(?:${kinds})\\s+(?:of|for)\\s+\\p{Lu})`, 'u');
}
const BODY_OF_ORGANISATION_AFTER_POSSESSIVE = bodyAfterPossessive(
  'Laboratory|Laboratories|Institute|Center|Centre|Division|Department|Agency|Bureau|Office|Museum|Observatory|Library|Hospital|School|College|Academy',
);
const BODY_OF_PLACE_AFTER_POSSESSIVE = bodyAfterPossessive('Division|Department|Agency|Bureau|Office');

/** A wire service's instrument code after a company's name or legal form ("The Boeing Company BA.N", "Volkswagen AG VOWG.F"): not more of the name. */
const TICKER = /^\s[A-Z0-9]{1,6}\.[A-Z]{1,2}(?![\p{L}\d.])/u;

/** Offices a portfolio names ('Treasury Secretary', 'Justice Minister'). */
const PORTFOLIO_OFFICES = new Set(['secretary', 'minister', 'ministers', 'secretaries']);

function officeOfPortfolio(text: string, c: Candidate, next: Word): boolean {
  if (!PORTFOLIO_OFFICES.has(next.folded)) return false;
  const matched = foldLowerString(text, c.match.start, c.match.end);
  if (!PORTFOLIOS.has(matched)) return false;
  const then = nextWord(text, next.end);
  return then !== undefined && (then.capitalised || then.initial);
}

/**
 * A title after a country keeps it the country ("U.S. President", "Russian Foreign Minister"). A portfolio that goes
 * on into a capitalised word that is no title is the name of a body: "U.S. Justice Department", "Department of State
 * Health Services".
 */
function titleAfter(text: string, next: Word): boolean {
  if (!TITLES_AFTER_COUNTRY.has(next.folded)) return false;
  if (!PORTFOLIOS.has(next.folded)) return true;
  const then = nextWord(text, next.end);
  return !then || !then.capitalised || TITLES_AFTER_COUNTRY.has(then.folded) || PERSON_TITLES.has(then.folded);
}

/** A name that means a city and nothing else: no country, state or namesake of another kind. */
function isCityOnly(input: ResolveInput, c: Candidate): boolean {
  return c.targets.every((t) => {
    const e = input.entities[t.entity]!;
    return t.kind !== 'demonym' && e.type === 'place' && hasTrait(e, 'city');
  });
}

function longerOnLeft(text: string, c: Candidate, cityOnly: () => boolean, clean: (w: Word) => boolean): boolean {
  const { start } = c.match;
  const prev = previousWord(text, start);
  // A possessive ends a name: "Russia's Kursk region".
  const possessive = prev !== undefined && /['’]s?$/.test(prev.folded);
  // "by The Boeing Company": a capitalised article before a name and its legal form is the company's formal name;
  // the right side still wants the name to be an organisation's for the form to be no more of it.
  const formalArticle = prev?.folded === 'the' && COMPANY_FORMS.has((nextWord(text, c.match.end)?.folded ?? '').replace(/\.$/, ''));
  if (prev && prev.capitalised && !possessive && !formalArticle && !clean(prev) && !PERSON_TITLES.has(prev.folded) && !isDateWord(prev)) {
    // At the start of a sentence a capitalised word that no sentence opens with is part of the name ("Investment
    // Canada", "Air France"); adverbs ("Overnight", "Separately") open sentences.
    if (!prev.opensSentence || NAME_QUALIFIERS.has(prev.folded)) return true;
    if (!SENTENCE_OPENERS.has(prev.folded) && !MORE_OPENERS.has(prev.folded) && !/ly$/.test(prev.folded) && !/\d/.test(prev.folded)) return true;
  }
  // "University of Glasgow", "Bank of France", "Tour de France".
  if (prev && !prev.capitalised && !prev.hyphen && LINKS_OF_NAMES.has(prev.folded)) {
    const head = previousWord(text, prev.start);
    // "Pace Consultants Inc of Houston": after a company's legal form, "of" gives its seat, not more of its name.
    // "Co" and "Corp" may go on into a name with a country or state ("Public Service Co of Colorado"), never a city:
    // "Mining Corp of Manila" is the seat.
    const form = head?.folded.replace(/\.$/, '') ?? '';
    const seat = LAST_COMPANY_FORMS.has(form) || (COMPANY_FORMS.has(form) && cityOnly());
    // "the former CEO of Apple", "Shares of Apple": a company's office or shares, not the start of a longer name.
    const office = head !== undefined && COMPANY_OF_WORDS.has(head.folded);
    if (head && head.capitalised && !head.hyphen && !seat && !office && !clean(head) && !(head.opensSentence && SENTENCE_OPENERS.has(head.folded))) return true;
  }
  return false;
}

/**
 * A day or month right before a name ("Monday Putin said", "in May Trump"). A three-letter abbreviation with no full
 * stop right before a name is a first name, not a date: "Jan Mendoza", "Sat Singh".
 */
function isDateWord(w: Word): boolean {
  return WEEKDAYS_AND_MONTHS.has(w.folded) && (w.folded.length > 3 || w.folded === 'may');
}

/**
 * The page gives this surname another first name or an initial: a capitalised word or initial right before it that
 * is no title and no opener of a sentence ("Brendan Summers", "Elijah E. Cummings"), or a capitalised word or
 * initial right after it ("Paul D. Ryan", "Kim Kardashian"). In a title-case block every word is capitalised, so
 * there a capitalised neighbour says the same: no lower bar for headlines and lists.
 */
function givenOtherName(text: string, start: number, end: number, titleCase: boolean): boolean {
  const prev = previousWord(text, start);
  if (prev && !prev.hyphen && (prev.capitalised || prev.initial) && !PERSON_TITLES.has(prev.folded) && !isDateWord(prev)) {
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


/** "the Madrid index"? No: "the Nikkei stock average", "the Tokyo stock index": the name of an index, not its namesake. */
function namesAnIndex(text: string, end: number): boolean {
  return /^\s(?:(?:stock|share)\s)?(?:index|indices|indexes|average)\b/.test(text.slice(end, end + 20));
}

/** "… confirmed by The Times": the article of the name at `start` (before it or its first word) is "The", and no sentence starts with it. */
function capitalArticleInSentence(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  const article = text.startsWith('The ', start) ? start : end - 3;
  if (article < 0 || !text.startsWith('The', article)) return false;
  let before = article;
  while (before > 0 && /[\s"“‘'(]/.test(text[before - 1]!)) before--;
  return before > 0 && !/[.!?:;]/.test(text[before - 1]!);
}

function hasArticle(text: string, start: number): boolean {
  return text.startsWith('The', start) || wordBefore(text, start) === 'the';
}

/** A broadcaster, a news agency or a market named by the place before it: "Tehran radio", "Amsterdam bourse". */
function outletOrMarketAfter(text: string, end: number): boolean {
  const word = wordAfter(text, end);
  if (word === undefined) return false;
  if (OUTLETS_AND_MARKETS.has(word)) return true;
  return word === 'news' && /^\s+news\s+(?:agency|service)\b/i.test(text.slice(end, end + 24));
}

/**
 * "the Tokyo and London Stock Exchanges": a place before "and", another name and a plural body shares that body's
 * name (the Tokyo Stock Exchange); the city is not meant. Only kinds of body that a pair of places can share.
 */
function sharedPluralName(text: string, end: number): boolean {
  return /^\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:Stock\s+|Metal\s+|Futures\s+)?(?:Exchanges|Markets|Bourses|Universities|Airports|Olympics|Games|Marathons|Parliaments|Assemblies|Councils|Courts|Accords|Agreements|Conventions|Protocols|Summits|Talks)\b/u.test(text.slice(end, end + 80));
}

/** Words of family after a possessive: only a person has a wife or a son. */
const KIN = new Set(['wife', 'husband', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'widow', 'widower', 'fiancee', 'fiancée', 'fiance', 'fiancé', 'girlfriend', 'boyfriend', 'grandson', 'granddaughter', 'grandfather', 'grandmother', 'stepson', 'stepdaughter', 'stepfather', 'stepmother']);

function kinAfter(text: string, end: number): boolean {
  const after = possessiveEnd(text, end);
  if (after < 0) return false;
  const word = wordAfter(text, after);
  return word !== undefined && KIN.has(word);
}

/**
 * Before a name: performers as a noun (after a preposition, an article or a word of music, not "he acts like"), "like",
 * "such as" or "including", and the list's earlier names, each capitalised and followed by a comma or "and".
 */
const PERFORMERS_BEFORE = new RegExp(
  `\\b(?:${['with', 'of', 'by', 'from', 'and', 'the', 'other', 'many', 'top', 'headline', 'big', 'major', 'rock', 'pop', 'jazz', 'folk', 'soul', 'blues', 'musical', 'live']
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|')})\\s+(?:acts|bands|performers|headliners)\\s+(?:like|such\\s+as|including)\\s+(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)){0,8}$`,
  'u',
);

const TOWN_OF = /\b(?:town|village|city|township|hamlet|borough|county|parish|community)\s+of\s+$/i;



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

/** Words between a capital's possessive and a government noun that leave the noun the government's ("Seoul's joint military"). */
const GOVERNMENT_QUALIFIERS = new Set(['joint', 'own', 'new', 'latest', 'top', 'senior', 'former', 'recent', 'planned', 'proposed']);

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
  // "Seoul's joint military exercise", "Beijing's new sanctions": one word that only qualifies, then a government noun.
  if (possessive && next !== undefined && GOVERNMENT_QUALIFIERS.has(next)) {
    const head = /^['’]s?\s+\p{L}+\s+(\p{L}+)/u.exec(text.slice(end, end + 48));
    if (head && GOVERNMENT_NOUNS.has(head[1]!.toLowerCase())) return government;
  }
  if (before !== undefined && PLACE_PREPOSITIONS.has(before)) return { entity, reason };
  if (next !== undefined && CITY_NOUNS.has(next)) return { entity, reason };
  if (isDateline(text, start, end)) return { entity, reason };
  if (seat.type === 'country') return countryActs(text, start, end, before) ? government : { entity, reason };
  // "the Kremlin denied", but "the Madrid peace talks", "the London office": a noun after it makes it a modifier.
  // A building is one word ("the Kremlin"); "the Washington, D.C., area" is the city as a modifier. A city after
  // "the" is always a modifier ("the Tokyo fires"): its description names it a city or capital, a building's does not.
  const building =
    /^the\s*$/i.test(text.slice(Math.max(0, start - 4), start)) && !/\s/.test(text.slice(start, end)) && !hasTrait(seat, 'city') && (next === undefined || possessive || isAuxiliary(next) || actsAfter(text, end));
  if (building) return government;
  // After an article a capital is a modifier ("the Paris fires", "a Washington think tank"), not a subject.
  const modifier = before === 'the' || before === 'a' || before === 'an';
  // "between Moscow and Kyiv", "Paris and Berlin disagree": a capital coordinated with another acting as one.
  const window = text.slice(Math.max(0, start - 40), start);
  const second = /\p{Lu}[\p{L}.]*\s+(?:and|or)\s+$/u.test(window);
  if (!possessive && !modifier && actsAfter(text, end, second)) return government;
  if (before !== undefined && (GOVERNMENT_PARTNERS.has(before) || actsOn(before))) return government;
  if (/\b(?:between|with|against)\s+\p{Lu}[\p{L}.]*\s+(?:and|or)\s+$/u.test(window)) return government;
  const coordinated = /^\s+(?:and|or)\s+\p{Lu}[\p{L}.]*/u.exec(text.slice(end, end + 48));
  if (coordinated && actsAfter(text, end + coordinated[0].length, true)) return government;
  return { entity, reason };
}

/**
 * A country that stands for a body ("the Vatican": the Holy See) is that body where it acts or is acted on, as a
 * capital is its government: "the Vatican said", "Wiesel criticized the Vatican", "talks with the Vatican". Where the
 * text puts it as a place ("in the Vatican", "visited the Vatican") or only names it, it is the state.
 */
function countryActs(text: string, start: number, end: number, before: string | undefined): boolean {
  const article = before === 'the' ? previousWord(text, start) : undefined;
  const verb = article === undefined ? before : wordBefore(text, article.start);
  if (verb !== undefined && PLACE_PREPOSITIONS.has(verb)) return false;
  if (possessiveEnd(text, end) < 0 && actsAfter(text, end)) return true;
  return verb !== undefined && (actsOn(verb) || GOVERNMENT_PARTNERS.has(verb));
}

/** Before a company's name: one of its offices or its shares ("chief executive of", "shares of", "a stake in"). */
const COMPANY_BEFORE = new RegExp(String.raw`\b(?:${[...COMPANY_OF_WORDS].join('|')}|chief\s+executive)\s+(?:of|in)\s+$|\bstake\s+in\s+$`, 'i');
/** After a company's name: the sentence says what it is ("is an electronics company", "was a car maker"). */
const COMPANY_AFTER = /^\s+(?:is|was)\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:company|firm|maker|manufacturer|corporation|conglomerate)\b/u;

/** The one company among a name's meanings that the words around it say is meant. */
function companyNamed(input: ResolveInput, entities: readonly number[], text: string, start: number, end: number): number | undefined {
  const companies = entities.filter((e) => input.entities[e]!.type === 'organization' && hasTrait(input.entities[e]!, 'company'));
  if (companies.length !== 1) return undefined;
  const cued = COMPANY_BEFORE.test(text.slice(Math.max(0, start - 32), start)) || COMPANY_AFTER.test(text.slice(end, end + 64));
  return cued ? companies[0] : undefined;
}

/** Verbs of speaking right after a name. */
const SAYING = new Set(['said', 'says', 'announced', 'announces', 'reported', 'reports', 'added', 'told', 'stated', 'declared']);

/** A city that stands for no government: its name as the subject of "said" is someone else's. */
function isSpeechlessCity(e: CompiledEntity): boolean {
  return e.type === 'place' && e.standsFor === undefined && hasTrait(e, 'city');
}


function isDateline(text: string, start: number, end: number): boolean {
  return text.slice(0, start).trim() === '' && /^\s*(,|—|–|-|\(|:)/.test(text.slice(end, end + 3));
}

/** The title right before a name ("President", "Gen."), folded, if there is one. */
/** The title before a name; a portfolio before "Minister" or "Secretary" is part of it ("justice minister"). */
function titleBefore(text: string, start: number): string | undefined {
  const word = wordBefore(text, start);
  if (word === undefined || !PERSON_TITLES.has(word)) return undefined;
  if (PORTFOLIO_OFFICES.has(word)) {
    const office = previousWord(text, start);
    const portfolio = office && previousWord(text, office.start);
    if (portfolio !== undefined && PORTFOLIOS.has(portfolio.folded)) return `${portfolio.folded} ${word}`;
  }
  return word;
}
