import type { CompiledEntity } from '../dataset/types';
import { PORTFOLIOS } from './cues';

/**
 * Whether a title before a bare surname fits a person, read from the person's one-line description and roles: "President
 * Trump" is the president, not his daughter. Honorifics ("Mr.", "Ms.") fit anyone and so choose no one.
 */
const DESCRIPTION_WORDS: Record<string, readonly string[]> = {
  president: ['president'],
  'prime': ['prime minister'],
  premier: ['premier', 'prime minister'],
  chancellor: ['chancellor'],
  minister: ['minister'],
  secretary: ['secretary'],
  king: ['king'],
  queen: ['queen'],
  prince: ['prince'],
  princess: ['princess'],
  pope: ['pope'],
  emir: ['emir'],
  sultan: ['sultan'],
  sheikh: ['sheikh', 'emir'],
  general: ['general', 'commander', 'chief of'],
  gen: ['general', 'commander', 'chief of'],
  'gen.': ['general', 'commander', 'chief of'],
  admiral: ['admiral'],
  senator: ['senator'],
  sen: ['senator'],
  'sen.': ['senator'],
  rep: ['representative', 'congressman', 'congresswoman'],
  'rep.': ['representative', 'congressman', 'congresswoman'],
  representative: ['representative', 'congressman', 'congresswoman'],
  governor: ['governor'],
  gov: ['governor'],
  'gov.': ['governor'],
  mayor: ['mayor'],
  judge: ['judge'],
  justice: ['justice'],
  ambassador: ['ambassador'],
  envoy: ['envoy'],
  speaker: ['speaker'],
  leader: ['leader'],
  chairman: ['chair'],
  chairwoman: ['chair'],
  ceo: ['chief executive', 'ceo'],
  ayatollah: ['ayatollah', 'supreme leader'],
  cardinal: ['cardinal'],
  archbishop: ['archbishop'],
};

/** How a portfolio is named in an office's title: "Defence Secretary" fits the Secretary of Defense. */
const PORTFOLIO_WORDS: Record<string, readonly string[]> = {
  defence: ['defence', 'defense'],
  defense: ['defence', 'defense'],
  finance: ['finance', 'treasury', 'exchequer'],
  treasury: ['treasury', 'finance'],
  interior: ['interior', 'home'],
  economy: ['economy', 'economic'],
};

/**
 * Every word `titleFits` may look for in a description: an office's words, a portfolio's, and a portfolio as
 * `titleBefore` reads it (one of `PORTFOLIOS`).
 */
const TITLE_WORDS = [...new Set([...Object.values(DESCRIPTION_WORDS).flat(), ...Object.values(PORTFOLIO_WORDS).flat(), ...PORTFOLIOS])];

const hasWord = (text: string, word: string) => new RegExp(`\\b${word}\\b`).test(text);

/** The words of titles a description holds, as the build keeps them for an entity whose words go apart. */
export function titleWordsIn(description: string): string[] {
  const text = description.toLowerCase();
  return TITLE_WORDS.filter((w) => hasWord(text, w));
}

export function titleFits(title: string, person: Pick<CompiledEntity, 'description' | 'titleWords' | 'roles'>): boolean {
  // "Justice Minister Ahmed": the portfolio must fit too; a prime minister is no justice minister.
  const [portfolio, office] = title.includes(' ') ? title.split(' ') : [undefined, title];
  const words = DESCRIPTION_WORDS[office!];
  if (words === undefined) return false;
  // An office the description leaves to a dated role still counts: "President Bush" fits the Bush whose role says so.
  // A description held apart (in a starting worker) left the words of titles it holds in `titleWords`.
  const text = [person.description ?? '', ...(person.roles ?? []).map((r) => r.title)].join('; ').toLowerCase();
  const has = (w: string) => hasWord(text, w) || (person.titleWords?.includes(w) ?? false);
  if (portfolio !== undefined && !(PORTFOLIO_WORDS[portfolio] ?? [portfolio]).some(has)) return false;
  return words.some(has);
}
