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
  ],
);

/** Words that, right before a capital's name, say the city itself is meant ("in Moscow", "visited Pyongyang"). */
export const PLACE_PREPOSITIONS = new Set(
  [
    'in', 'to', 'from', 'at', 'near', 'into', 'outside', 'across', 'around', 'via', 'toward', 'towards', 'through',
    'visited', 'visit', 'visiting', 'visits', 'inside', 'over', 'above', 'within', 'central', 'downtown', 'of', 'on',
  ],
);

/** Words that, right after a capital's name, show it acting as a government ("Moscow said", "Seoul's"). */
export const GOVERNMENT_VERBS = new Set(
  [
    'said', 'says', 'say', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'could', 'should', 'may', 'might',
    'wants', 'wanted', 'denied', 'denies', 'accused', 'accuses', 'warned', 'warns', 'sent', 'sends', 'responded',
    'claimed', 'claims', 'insisted', 'insists', 'rejected', 'rejects', 'announced', 'announces', 'confirmed',
    'confirms', 'agreed', 'agrees', 'refused', 'refuses', 'called', 'calls', 'hopes', 'hoped', 'fears', 'feared',
    'urged', 'urges', 'demanded', 'demands', 'threatened', 'threatens', 'condemned', 'condemns', 'vowed', 'vows',
  ],
);
