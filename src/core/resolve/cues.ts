/**
 * Words around a name that tell what it means. Kept as data so the resolver reads as rules, not word lists.
 */

/** Titles and role words that, right before a name, say it is a person ("President Putin", "Mr Lee"). */
export const PERSON_TITLES = new Set(
  [
    'president', 'vice', 'prime', 'minister', 'chancellor', 'premier', 'leader', 'king', 'queen', 'prince', 'princess',
    'pope', 'sheikh', 'emir', 'sultan', 'general', 'gen', 'gen.', 'admiral', 'colonel', 'commander', 'secretary',
    'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative', 'governor', 'gov', 'gov.', 'mayor', 'judge', 'justice',
    'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chief', 'ceo',
    'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'speaker', 'candidate',
    'former', 'ex', 'counterpart', 'dictator', 'ayatollah', 'rabbi', 'cardinal', 'archbishop', 'marshal', 'officer',
    'captain', 'capt', 'capt.', 'lieutenant', 'lt', 'lt.', 'sergeant', 'crown', 'emperor', 'empress', 'mufti', 'imam',
    'sheikha', 'grand', 'supreme', 'deputy', 'senior', 'foreign', 'defence', 'defense', 'interior', 'finance',
  ],
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
