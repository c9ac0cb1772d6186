import { foldLowerString } from '../text/chars';
import { PLACE_PREPOSITIONS } from './cues';

/**
 * Whether the words after a capital make it act as its government: a verb of saying, acting or wanting, directly
 * ("Moscow warned", "Paris insists") or after auxiliaries ("Washington is pressing for", "Beijing has been urging",
 * "London will not accept"). A bare auxiliary is no cue ("Berlin is a magnet for artists", "Moscow will host"),
 * nor is a thing done to a place in the passive ("Kyiv was struck overnight"). Tables are built once, at load.
 */

/**
 * Verbs of saying, acting and wanting, by their base form. Regular forms are derived; "base/past/-ing" lists forms a
 * rule of spelling would get wrong.
 */
const STEMS = [
  'say/said/saying', 'announce', 'accuse', 'warn', 'deny/denied/denying', 'reject', 'respond', 'urge', 'demand',
  'insist', 'claim', 'want', 'send/sent/sending', 'impose', 'threaten', 'vow', 'agree/agreed/agreeing', 'sign',
  'refuse', 'condemn', 'criticise', 'criticize', 'protest', 'recognise', 'recognize', 'expel/expelled/expelling',
  'summon', 'retaliate', 'back', 'support', 'oppose', 'hope', 'fear', 'believe', 'consider', 'seek/sought/seeking',
  'blame', 'pledge', 'offer', 'approve', 'order', 'launch', 'deploy', 'suspend', 'halt', 'join', 'welcome', 'confirm',
  'acknowledge', 'hit/hit/hitting', 'strike/struck/striking', 'veto/vetoed/vetoing', 'ban/banned/banning',
  'cut/cut/cutting', 'raise', 'freeze/froze/freezing', 'sanction', 'declare', 'argue', 'maintain', 'react', 'ask',
  'disagree/disagreed/disagreeing', 'fire', 'test', 'press', 'push', 'tell/told/telling', 'signal', 'insist',
  'intend', 'plan/planned/planning', 'propose', 'promise', 'lobby', 'negotiate', 'pressure', 'counter', 'retort',
  'dismiss', 'decline', 'object', 'welcome', 'expect', 'resist', 'refuse', 'mull', 'weigh', 'consider', 'aim',
  'try/tried/trying', 'move', 'decide', 'act', 'step/stepped/stepping', 'block', 'allow', 'permit', 'demand', 'call', 'vow', 'voice',
  'stress', 'reiterate', 'pay/paid/paying', 'accept', 'appear', 'seem', 'continue', 'state', 'persuade', 'convince', 'rebuff', 'spurn', 'snub/snubbed/snubbing', 'court', 'endorse', 'broker', 'mediate',
  'threaten', 'retaliate', 'escalate', 'condemn', 'denounce', 'applaud', 'praise', 'hail', 'caution', 'vow',
];

function forms(entry: string): string[] {
  const [base, past, ing] = entry.split('/') as [string, string | undefined, string | undefined];
  const third = /(?:s|sh|ch|x|z|o)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const regularPast = /e$/.test(base) ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  const regularIng = /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, third, past ?? regularPast, ing ?? regularIng];
}

const BASE = new Set<string>();
/** Forms that may follow a capital directly: "Moscow warns", "Moscow warned" (not the base or -ing: "the Paris fire"). */
const FINITE = new Set<string>();
/** Every form, after an auxiliary: "will press", "is pressing", "has pressed". */
const ANY_FORM = new Set<string>();
for (const entry of STEMS) {
  const [base, third, past, ing] = forms(entry);
  BASE.add(base!);
  FINITE.add(third!).add(past!);
  for (const f of [base!, third!, past!, ing!]) ANY_FORM.add(f);
}

/** Auxiliaries, and the adverbs that sit among them ("has also been", "is not"). */
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may',
  'might', 'must', 'should', 'shall', 'does', 'did', 'do', 'not', 'also', 'still', 'now', 'already', 'again',
  'never', 'always', 'reportedly', 'quietly', 'openly', 'publicly', 'privately', 'increasingly', 'repeatedly',
  // The halves of "isn't", "won't", "can't" as the words are read.
  'isn', 'aren', 'wasn', 'weren', 'hasn', 'haven', 'hadn', 'won', 'wouldn', 'couldn', 'doesn', 'didn', 'don',
  't', 'just', 'even', 'long', 'yet',
]);
/** An auxiliary or an adverb among them: "the Kremlin is", "the Kremlin has". */
export function isAuxiliary(word: string): boolean {
  return AUXILIARIES.has(word);
}

/** Forms of "be" that, before a participle, make the passive: "Kyiv was struck". */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

const WORD = /^[\s'’]*([\p{L}]+)/u;
/** Words read after the capital at most: a bounded window. */
const MAX_WORDS = 5;

/**
 * A verb of acting right after a capital, or after auxiliaries; `end` is where the capital's name ends. `plural`:
 * the capital is one of two subjects ("Paris and Berlin disagree"), so the base form is a finite verb too.
 */
export function actsAfter(text: string, end: number, plural = false): boolean {
  let at = end;
  let auxiliaries = 0;
  let passive = false;
  for (let n = 0; n < MAX_WORDS; n++) {
    // Punctuation ends the clause: "Washington, D.C." or "Washington." is no verb.
    const m = WORD.exec(text.slice(at, at + 24));
    if (m === null) return false;
    if (n === 0 && !/^\s/.test(m[0])) return false;
    const word = foldLowerString(m[1]!);
    at += m[0].length;
    if (AUXILIARIES.has(word)) {
      auxiliaries++;
      if (BE.has(word)) passive = true;
      continue;
    }
    if (auxiliaries === 0) return FINITE.has(word) || (plural && BASE.has(word));
    if (!ANY_FORM.has(word)) return false;
    // "was struck", "were hit": done to the place. "is pressing", "was pressed to" stay the government's.
    return !(passive && PLACE_PREPOSITIONS.has(word));
  }
  return false;
}

/** Base forms that, right before a capital, are verbs and seldom nouns: "to warn Moscow", "urge Washington". */
const BASE_BEFORE = new Set(['say', 'tell', 'ask', 'urge', 'warn', 'accuse', 'press', 'push', 'join', 'reject', 'oppose', 'condemn', 'blame', 'criticise', 'criticize', 'expel', 'summon', 'persuade', 'convince', 'sanction']);

/**
 * A verb of acting right before a capital: "blamed Washington", "pressing Moscow". Other base forms are too often
 * nouns there ("a peace plan Washington drafted").
 */
export function actsOn(word: string): boolean {
  return ANY_FORM.has(word) && (!BASE.has(word) || BASE_BEFORE.has(word));
}
