import { foldLowerString } from '../text/chars';

/**
 * Words around a name that tell what it means. Kept as data so the resolver reads as rules, not word lists.
 */

/** Titles and role words that, right before a name, say it is a person ("President Putin", "Mr Lee"). */
export const PERSON_TITLES = new Set(
  // Folded as the resolver folds words it reads ("Präsident" is read as "prasident").
  [
    'president', 'vice', 'prime', 'minister', 'chancellor', 'premier', 'leader', 'king', 'queen', 'prince', 'princess',
    'pope', 'sheikh', 'emir', 'sultan', 'general', 'gen', 'gen.', 'admiral', 'colonel', 'commander', 'secretary',
    'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'governor', 'gov', 'gov.', 'mayor', 'judge', 'justice',
    'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chief', 'ceo',
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'speaker', 'candidate',
    'former', 'ex', 'counterpart', 'dictator', 'ayatollah', 'rabbi', 'cardinal', 'archbishop', 'marshal', 'officer',
    'captain', 'capt', 'capt.', 'lieutenant', 'lt', 'lt.', 'sergeant', 'crown', 'emperor', 'empress', 'mufti', 'imam',
    'sheikha', 'grand', 'supreme', 'deputy', 'senior', 'foreign', 'defence', 'defense', 'interior', 'finance',
    // Roles written before a name in news ("FBI Director James Comey", "ExxonMobil CEO Rex Tillerson").
    'director', 'head', 'commissioner', 'founder', 'co-founder', 'editor', 'professor', 'prof', 'prof.', 'coach',
    'manager', 'president-elect', 'chair', 'attorney', 'prosecutor', 'economist', 'analyst', 'correspondent',
    'anchor', 'host', 'spokesman', 'producer', 'executive', 'owner', 'striker', 'midfielder', 'goalkeeper',
    // The same titles on the French, German and Spanish sites Backstory reads ("Präsident Putin", "le président Macron").
    'präsident', 'präsidentin', 'bundespräsident', 'kanzler', 'kanzlerin', 'bundeskanzler', 'bundeskanzlerin',
    'ministerpräsident', 'ministerpräsidentin', 'außenminister', 'aussenminister', 'regierungschef', 'könig', 'königin',
    'papst', 'herr', 'frau', 'président', 'présidente', 'ministre', 'roi', 'reine', 'pape', 'chef', 'm.', 'mme',
    'presidente', 'ministro', 'ministra', 'canciller', 'rey', 'reina', 'papa', 'señor', 'señora', 'sr.', 'sra.',
  ].map((w) => foldLowerString(w)),
);

/** Words that, right before a capital's name, say the city itself is meant ("in Moscow", "visited Pyongyang"). */
export const PLACE_PREPOSITIONS = new Set(
  [
    'in', 'to', 'from', 'at', 'near', 'into', 'outside', 'across', 'around', 'via', 'toward', 'towards', 'through',
    'visited', 'visit', 'visiting', 'visits', 'inside', 'over', 'above', 'within', 'central', 'downtown', 'of', 'on',
    // Things done to a place, not by a government: "missiles struck Kiev", "the army retook Khartoum".
    'struck', 'strike', 'strikes', 'hit', 'hits', 'shelled', 'shelling', 'bombed', 'bombing', 'attacked', 'captured',
    'capture', 'retook', 'recaptured', 'seized', 'entered', 'besieged', 'surrounded', 'liberated', 'evacuated',
    'reached', 'left', 'fled', 'flew', 'arrived', 'returned', 'claim', 'claims', 'claimed', 'occupied', 'annexed',
  ],
);

/** Words that, right after a city's name or its possessive, show the city itself is meant ("Kyiv's mayor"). */
export const CITY_NOUNS = new Set(
  [
    'mayor', 'mayors', 'residents', 'resident', 'city', 'airport', 'airports', 'streets', 'street', 'suburbs', 'suburb',
    'metro', 'subway', 'marathon', 'council', 'district', 'districts', 'neighbourhood', 'neighborhood', 'skyline',
    'hospital', 'hospitals', 'university', 'zoo', 'stadium', 'station', 'region', 'oblast', 'province', 'outskirts',
    'centre', 'center', 'downtown', 'citizens', 'inhabitants', 'port', 'harbour', 'harbor', 'police', 'fire',
  ],
);


/** Words that, after a capital's possessive, make it the government even after "in" or "to" ("according to Seoul's intelligence"). */
export const GOVERNMENT_NOUNS = new Set(
  [
    'intelligence', 'government', 'troops', 'forces', 'military', 'army', 'navy', 'ministry', 'foreign', 'defence',
    'defense', 'officials', 'embassy', 'envoy', 'envoys', 'ambassador', 'position', 'decision', 'response', 'plan',
    'plans', 'leaders', 'leadership', 'allies', 'ties', 'policy', 'demands', 'claims', 'war', 'invasion', 'offensive',
    'regime', 'sanctions', 'proposal', 'stance', 'spy', 'nuclear', 'missile', 'missiles', 'diplomats', 'diplomacy',
  ],
);

/**
 * Capitalised words that open a sentence without being part of a name ("Then Putin said"). A capitalised word at the
 * start of a sentence that is not one of these is read as a first name ("Brendan Summers said").
 */
export const SENTENCE_OPENERS = new Set(
  [
    'the', 'a', 'an', 'then', 'but', 'and', 'or', 'so', 'yet', 'when', 'while', 'after', 'before', 'as', 'if', 'in', 'on',
    'at', 'for', 'from', 'by', 'with', 'without', 'since', 'until', 'although', 'though', 'because', 'meanwhile', 'later',
    'earlier', 'still', 'now', 'today', 'yesterday', 'tonight', 'also', 'here', 'there', 'this', 'that', 'these', 'those',
    'last', 'next', 'both', 'even', 'only', 'under', 'over', 'how', 'why', 'what', 'where', 'who', 'whom', 'whose',
    'which', 'did', 'does', 'do', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'is', 'was', 'were',
    'are', 'says', 'said', 'asked', 'told', 'like', 'unlike', 'about', 'against', 'among', 'between', 'during', 'despite',
    'within', 'once', 'indeed', 'instead', 'however', 'moreover', 'thus', 'hence', 'perhaps', 'maybe', 'no', 'not', 'nor',
    'all', 'many', 'most', 'some', 'every', 'each', 'several', 'few', 'other', 'another', 'such', 'his', 'her', 'its',
    'their', 'our', 'my', 'your', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'whether', 'either',
    'neither', 'according', 'following', 'including', 'unless', 'whereas', 'wherever', 'whenever', 'dear', 'hello',
    'thanks', 'yes', 'well', 'oh', 'just', 'again', 'first', 'finally', 'soon', 'recently', 'previously', 'currently',
    'initially', 'ultimately', 'eventually', 'certainly', 'clearly', 'obviously', 'actually', 'officially', 'reportedly',
    'apparently', 'separately', 'elsewhere', 'overall', 'already', 'notably', 'specifically', 'nevertheless', 'nonetheless',
    'vs', 'via', 'per', 'to', 'of', 'up', 'out', 'into', 'onto', 'upon', 'around', 'across', 'through', 'behind', 'beyond',
    'near', 'inside', 'outside', 'along', 'amid', 'toward', 'towards', 'former', 'late', 'young', 'top',
    'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands',
    'millions', 'some', 'any', 'more', 'less', 'fewer', 'few', 'much', 'whatever', 'whoever', 'although', 'nearly',
  ],
);

/**
 * Words that, opening a sentence right before a name, belong to it ("West Virginia", "North Las Vegas"): places
 * named after a direction or a quality, where the first word is no opener of a sentence.
 */
export const NAME_QUALIFIERS = new Set(
  [
    'west', 'east', 'north', 'south', 'western', 'eastern', 'northern', 'southern', 'central', 'greater', 'upper',
    'lower', 'new', 'old', 'great', 'little', 'mid', 'inner', 'outer', 'grand', 'saint', 'st', 'st.', 'fort', 'port',
    'lake', 'mount', 'cape', 'san', 'santa', 'los', 'las', 'el', 'la', 'le', 'miss', 'real', 'first', 'royal',
  ],
);

/** Titles that, after a country's name or demonym, keep it the country ("U.S. President", "Russian Foreign Minister"). */
export const TITLES_AFTER_COUNTRY = new Set(
  [
    'president', 'presidents', 'prime', 'minister', 'ministers', 'secretary', 'foreign', 'defence', 'defense', 'interior',
    'finance', 'vice', 'deputy', 'chancellor', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'senator', 'senators', 'sen',
    'sen.', 'rep', 'rep.', 'representative', 'governor', 'gov', 'gov.', 'general', 'gen', 'gen.', 'leader', 'leaders',
    'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'attorney', 'treasury', 'trade', 'economy',
    'education', 'health', 'justice', 'chief', 'officials', 'official', 'mayor', 'admiral', 'colonel', 'lieutenant',
    'speaker', 'opposition', 'crown', 'first', 'sheikh', 'emir', 'sultan', 'ayatollah', 'premier', 'spokesman',
    'spokeswoman', 'spokesperson', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady',
    'director', 'ceo', 'chairman', 'chairwoman', 'head', 'commissioner', 'founder', 'co-founder', 'coach', 'manager',
    'president-elect', 'chair', 'professor', 'prof', 'prof.', 'judge', 'special', 'envoys',
  ],
);

/** Words after a person's full name that are no further part of it. */
export const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'phd', 'md', 'esq', 'esq.', 'i']);

export const WEEKDAYS_AND_MONTHS = new Set(
  [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
    'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri', 'sat', 'sun',
  ],
);

/** Words that make a block about a sporting contest, where a country or city is usually a team. */
export const SPORTS_WORDS = new Set(
  [
    'scored', 'goal', 'goals', 'coach', 'coached', 'striker', 'strikers', 'midfielder', 'defender', 'goalkeeper', 'cup',
    'match', 'matches', 'innings', 'wicket', 'wickets', 'hattrick', 'hat-trick', 'championship', 'championships',
    'tournament', 'playoff', 'playoffs', 'quarterfinal', 'quarter-final', 'semifinal', 'semi-final', 'squad', 'teammate',
    'teammates', 'pitched', 'pitcher', 'inning', 'touchdown', 'quarterback', 'rugby', 'football', 'soccer', 'cricket',
    'basketball', 'baseball', 'hockey', 'nba', 'nfl', 'nhl', 'mlb', 'fifa', 'uefa', 'bundesliga', 'liga', 'odi', 't20',
    'stadium', 'kick-off', 'kickoff', 'penalty', 'penalties', 'half-time', 'halftime', 'batting', 'bowled', 'bowling',
    'olympic', 'olympics', 'medal', 'medals', 'tennis', 'golf', 'cycling', 'athletics', 'sprint', 'unbeaten', 'winger',
    'game', 'games', 'homer', 'homers', 'rbi', 'rookie', 'roster', 'strokemaker', 'batsman', 'wicketkeeper',
  ]);

/** Right after an organisation's initials in a sports report, words that make them a league's ("SEC championships"). */
export const CONTEST_WORDS = new Set(
  [
    'championship', 'championships', 'title', 'titles', 'tournament', 'tournaments', 'conference', 'league', 'season',
    'seasons', 'game', 'games', 'final', 'finals', 'opener', 'rival', 'rivals', 'teams', 'schools', 'football',
    'basketball', 'baseball', 'hockey', 'standings', 'champion', 'champions', 'play', 'playoffs',
  ],
);

/** Words of sport that news uses in other senses as well ("the death penalty", "a game of chicken", "a gold medal" for a firm). */
const SPORTS_WORDS_OF_OTHER_SENSES = new Set(
  ['scored', 'goal', 'goals', 'cup', 'match', 'matches', 'liga', 'penalty', 'penalties', 'bowling', 'olympic', 'medal',
    'medals', 'golf', 'cycling', 'athletics', 'sprint', 'game', 'games'],
);

/**
 * Words of sport that news seldom uses in any other sense: a report is read from these, not from "goal", "game",
 * "match", "penalty" or "cup", which a page on a trial or a summit may hold as well.
 */
export const STRONG_SPORTS_WORDS: ReadonlySet<string> = new Set([...SPORTS_WORDS].filter((w) => !SPORTS_WORDS_OF_OTHER_SENSES.has(w)));

/** Right after a country or city in a sports block, these make it a team ("England captain", "Italy coach"). */
export const TEAM_ROLES = new Set(
  [
    'coach', 'captain', 'manager', 'striker', 'strikers', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'player',
    'players', 'squad', 'fans', 'supporters', 'team', 'side', 'beat', 'beats', 'defeated', 'won', 'win', 'wins', 'lost',
    'loses', 'drew', 'draw', 'scored', 'leads', 'led', 'trail', 'trailed', 'batted', 'bowled', 'skipper', 'boss',
    'forward', 'winger', 'quarterback', 'pitcher', 'batsman', 'batter', 'bowler', 'teammate', 'teammates', 'record',
    'rallied', 'routed', 'thrashed', 'edged', 'held', 'hosted', 'host', 'hosts', 'faces', 'face', 'play', 'plays',
  ],
);

/** Right before a country or city in a sports block, these make it a team ("against England", "plays for Aachen"). */
export const TEAM_PREPOSITIONS = new Set(['with', 'out', 'against', 'beat', 'beats', 'defeated', 'for', 'over', 'versus', 'vs', 'vs.', 'v', 'v.', 'to', 'past', 'host', 'hosts', 'face', 'faces', 'played', 'play', 'edged', 'routed', 'thrashed']);

/** Right before a capital, words that make it a party to relations ("talks with Moscow", "between Washington and"). */
export const GOVERNMENT_PARTNERS = new Set(['with', 'between', 'against', 'by', 'versus']);

/**
 * Roles that, right after a country or city in any text, make it a team: a country has no captain and a city no
 * striker ("Argentina captain Agustin Pichot", "Boston manager Bobby Valentine", "former Boston star").
 */
export const TEAM_ONLY_ROLES = new Set(
  [
    'coach', 'captain', 'manager', 'skipper', 'striker', 'strikers', 'midfielder', 'defender', 'goalkeeper', 'keeper',
    'quarterback', 'pitcher', 'batsman', 'bowler', 'winger', 'forward', 'teammate', 'teammates', 'star', 'fans',
    'supporters', 'squad', 'lineup', 'roster', 'outfielder', 'infielder', 'shortstop', 'linebacker',
  ],
);

/** Verbs of a contest's result: a city or state that beats or is beaten is a team ("Baltimore beat Boston"). */
export const RESULT_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'routed', 'thrashed', 'trounced', 'outscored', 'blanked', 'swept', 'whipped', 'outlasted']);

/**
 * Where a block's only words of sport are ones news uses in other senses too ("match", "goal", "medals"), the team
 * positions that still say so: a result after the place ("Brazil beat", "Spain drew"), a contest before it ("beat
 * Argentina", "face Japan"), or a word of sport and "against" or "with" ("the match against France"). "The deal with
 * Japan" or "fought for Russia" are no team's.
 */
export const RESULT_ROLES = new Set([...RESULT_VERBS, 'won', 'win', 'wins', 'lost', 'loses', 'drew', 'draw', 'scored', 'trail', 'trailed', 'rallied', 'batted', 'bowled']);
export const CONTEST_BEFORE = new Set(['versus', 'vs', 'vs.', 'v', 'v.', 'face', 'faces', 'play', 'played']);
export const CONTEST_PARTICLES = new Set(['against', 'with']);

/** Two words before a place that make it a team: "plays for Aachen", "won against Dortmund", "lost to Boston". */
export const TEAM_VERBS_WITH = new Set(['play', 'plays', 'played', 'playing', 'won', 'win', 'wins', 'lost', 'lose', 'loses', 'drew', 'draw', 'signed']);
export const TEAM_VERB_PARTICLES = new Set(['for', 'against', 'to', 'with']);

/**
 * More words a sentence opens with before a name ("Overnight Russia launched", "Besides China"): with
 * SENTENCE_OPENERS and adverbs in -ly, the capitalised words at a sentence's start that are no part of the name after
 * them. Any other capitalised word there is ("Investment Canada", "Air France").
 */
export const MORE_OPENERS = new Set(
  [
    'tomorrow', 'overnight', 'besides', 'beside', 'regarding', 'concerning', 'excluding', 'except', 'alongside',
    'throughout', 'below', 'above', 'beneath', 'worldwide', 'nationwide', 'abroad', 'everywhere', 'sometimes',
    'therefore', 'otherwise', 'anyway', 'further', 'furthermore', 'plus', 'post', 'pre', 'next', 'past', 'beyond',
    'whilst', 'amongst', 'tonight', 'weeks', 'days', 'months', 'years', 'minutes', 'hours', 'ask', 'see', 'watch',
    'read', 'photo', 'video', 'update', 'updated', 'breaking', 'exclusive', 'analysis', 'opinion', 'live', 'watch',
    'why', 'what', 'will', 'can', 'should', 'could', 'is', 'are', 'does', 'do', 'did', 'has', 'have', 'was', 'were',
    'yes', 'no', 'thank', 'sorry', 'please', 'welcome', 'congratulations', 'dear', 'hi', 'hey', 'meet', 'visit',
    'inside', 'outside', 'across', 'under', 'over', 'after', 'before', 'post-war', 'so-called', 'pro', 'anti',
    'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
    'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
    'dozen', 'half', 'scores', 'tens',
  ],
);

/** A company's legal form after its name (full stop taken off): "Co.", "Inc", "Ltd", "AG". */
export const COMPANY_FORMS = new Set(
  [
    'co', 'corp', 'corporation', 'company', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 's.a',
    'nv', 'n.v', 'spa', 'gmbh', 'se', 'bv', 'b.v', 'kk', 'oyj', 'asa', 'ab', 'lp', 'llp',
  ],
);

/** Legal forms that end a company's name, so that "of" after them gives its seat ("Ltd of Osaka"); "Co of Colorado" may be a name. */
export const LAST_COMPANY_FORMS = new Set(['inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 's.a', 'nv', 'n.v', 'spa', 'gmbh', 'bv', 'b.v', 'kk', 'oyj', 'asa', 'lp', 'llp']);

/** Words of TITLES_AFTER_COUNTRY that name a portfolio: a title only when a title follows ("Health Secretary"). */
export const PORTFOLIOS = new Set(['foreign', 'defence', 'defense', 'interior', 'finance', 'treasury', 'trade', 'economy', 'education', 'health', 'justice']);

/**
 * Lower-case nouns that, after a country's name or people, make the pair one of its institutions ("U.S. military"),
 * or its capital ("the German capital" is Berlin). Not "government": a country's entity stands for its state ("the American government" is the United States).
 */
export const INSTITUTIONS = new Set(['military', 'forces', 'army', 'navy', 'flag', 'territories', 'agency', 'armed', 'capital']);

/**
 * Lower-case nouns that, after a country's or city's name or people, make the pair a broadcaster or a market
 * ("Tehran radio", "the Amsterdam bourse", "Israeli television"): that body, which the registry does not hold.
 */
export const OUTLETS_AND_MARKETS = new Set(['radio', 'television', 'tv', 'bourse', 'bourses']);

/** Words before a country's name that make it a state of the past, not today's country ("ancient Greece"). */
export const PAST_STATES = new Set(['ancient', 'classical', 'medieval', 'imperial', 'roman', 'byzantine', 'ottoman', 'feudal']);

/**
 * A company's offices and shares, before "of" and a name: "the former CEO of Apple", "Shares of Apple fell" are no
 * longer names like "University of Glasgow" (the resolver's `COMPANY_BEFORE` then reads the name as the company).
 */
export const COMPANY_OF_WORDS = new Set(['ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'founder', 'co-founder', 'cofounder', 'shares', 'stock', 'shareholders']);

/**
 * Offices of a club after a city's or state's name in a block surely of sport ("Boston president Larry Lucchino"): a
 * city has a mayor, not a president or an owner; there they are the club's. Not after a country ("France president").
 */
export const CLUB_OFFICES = new Set(['president', 'owner', 'owners', 'chairman', 'chairwoman', 'ceo', 'gm']);
