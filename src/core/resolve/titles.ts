import type { Entity } from '../dataset/types';

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

export function titleFits(title: string, person: Pick<Entity, 'description' | 'roles'>): boolean {
  // "Justice Minister Ahmed": the portfolio must fit too; a prime minister is no justice minister.
  const [portfolio, office] = title.includes(' ') ? title.split(' ') : [undefined, title];
  const words = DESCRIPTION_WORDS[office!];
  if (words === undefined) return false;
  // An office the description leaves to a dated role still counts: "President Bush" fits the Bush whose role says so.
  const text = [person.description, ...(person.roles ?? []).map((r) => r.title)].join('; ').toLowerCase();
  const has = (w: string) => new RegExp(`\\b${w}\\b`).test(text);
  if (portfolio !== undefined && !(PORTFOLIO_WORDS[portfolio] ?? [portfolio]).some(has)) return false;
  return words.some(has);
}
