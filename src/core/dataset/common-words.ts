import { foldLowerString } from '../text/chars';

/**
 * Words so common in news text in English, French, German and Spanish that a pack giving one of them as a name
 * would light up every article: articles, pronouns, prepositions, conjunctions, auxiliaries and reporting verbs.
 * Our own list; a pack may still use one by listing it in `ambiguousNames` (linked only with evidence).
 */
const ENGLISH = `a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
into is it its just me more most my no nor not now of off on once only or other our ours out over own said same says she should so
some such than that the their theirs them then there these they this those through to too told under until up us very was we were what
when where which while who whom why will with would you your yours new one two year years week today yesterday tomorrow mr mrs ms
say tell asked according people time day may might must shall may`;
const FRENCH = `a au aux avec ce ces cette dans de des du elle elles en est et été être il ils je la le les leur leurs lui ma mais me même
mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu un une vos votre vous y
a-t-il ont avait était sera fait dit selon après avant aussi plus très comme sans sous entre chez lors cela ça`;
const GERMAN = `aber als am an auch auf aus bei bin bis da damit dann das dass dem den der des die dies diese dieser doch dort du durch ein
eine einem einen einer eines er es für gegen hat hatte hier ich ihr ihre im in ist ja jetzt kann kein keine mit nach nicht noch nun nur
ob oder ohne sehr sein seine sich sie sind so um und uns unter vom von vor war waren was wie wir wird wurde zu zum zur sagte
sagt laut heute gestern`;
const SPANISH = `a al algo ante antes como con contra cual cuando de del desde donde durante el ella ellas ellos en entre era es esa ese
esta este esto estos fue ha hay la las le les lo los más me mi muy no nos o para pero por porque que quien se ser si sin sobre su sus
también te tiene todo tu un una uno unos y ya dijo dice según hoy ayer`;

const COMMON = new Set(
  [ENGLISH, FRENCH, GERMAN, SPANISH].flatMap((list) => list.split(/\s+/).filter(Boolean)).map((w) => foldLowerString(w.normalize('NFC'))),
);

/** Scripts where one or two characters make a whole name (王毅, 이란). */
const DENSE_SCRIPTS = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Why `name` cannot be a pack's name without being marked ambiguous, or undefined when it can. */
export function commonWordProblem(name: string): string | undefined {
  const characters = [...name].filter((c) => /[\p{L}\p{N}]/u.test(c));
  const letters = characters.filter((c) => /\p{L}/u.test(c));
  const capitals = letters.length > 0 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase());
  // An acronym in capitals ("US", "WHO", "G7") is matched as written, not as the word it spells.
  if (!(capitals && characters.length >= 2) && COMMON.has(foldName(name))) return 'is a common word';
  if (characters.length <= 2 && !capitals && !characters.some((c) => DENSE_SCRIPTS.test(c))) {
    return `has ${characters.length === 1 ? 'one letter' : `${characters.length} letters`}`;
  }
  return undefined;
}

export function foldName(name: string): string {
  return foldLowerString(name.normalize('NFC').trim());
}
