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

export function titleFits(title: string, person: Pick<Entity, 'description' | 'roles'>): boolean {
  const words = DESCRIPTION_WORDS[title];
  if (words === undefined) return false;
  // An office the description leaves to a dated role still counts: "President Bush" fits the Bush whose role says so.
  const text = [person.description, ...(person.roles ?? []).map((r) => r.title)].join('; ').toLowerCase();
  return words.some((w) => new RegExp(`\\b${w}\\b`).test(text));
}
