import type { Entity, Role } from './dataset/types';

/** The card's description line for a person, built from dated roles rather than from text that ages. */

const year = (date: string) => date.slice(0, 4);

function span(r: Role): string {
  if (r.to === undefined) return `from ${year(r.from)}`;
  return year(r.to) === year(r.from) ? year(r.from) : `${year(r.from)}–${year(r.to)}`;
}

/** One office and every term in it: "Speaker of the House, 2007–2011 and 2019–2023". */
interface Office {
  title: string;
  terms: Role[];
}

function phrase(office: Office): string {
  const spans = office.terms.map(span);
  const last = spans.pop()!;
  return `${office.title}, ${spans.length ? `${spans.join(', ')} and ${last}` : last}`;
}

const isOpen = (o: Office) => o.terms.some((r) => r.to === undefined);
const latestEnd = (o: Office) => o.terms.reduce((m, r) => ((r.to ?? '9999') > m ? (r.to ?? '9999') : m), '');
const latestStart = (o: Office) => o.terms.reduce((m, r) => (r.from > m ? r.from : m), '');

/**
 * "President of Colombia, from 2022" while a role has no end; "Former President of Liberia, 2018–2024" when every role
 * has ended. Terms in the same office are told together; the latest office leads and one earlier office follows. An
 * open role says "from", not "since": a missing end means the record shows no successor, not that the office is still
 * held.
 */
export function roleLine(roles: readonly Role[], home?: string): string | undefined {
  if (roles.length === 0) return undefined;
  const byTitle = new Map<string, Role[]>();
  for (const r of roles) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
  const offices: Office[] = [...byTitle].map(([title, terms]) => ({ title, terms: [...terms].sort((a, b) => a.from.localeCompare(b.from)) }));
  // Among offices held as late, the one in the person's own country leads (King of the United Kingdom before Belize).
  const atHome = (o: Office) => (home !== undefined && o.terms.some((r) => r.of === home) ? 0 : 1);
  const latestFirst = offices.sort((a, b) => latestEnd(b).localeCompare(latestEnd(a)) || atHome(a) - atHome(b) || latestStart(b).localeCompare(latestStart(a)));
  const open = latestFirst.filter(isOpen);
  const shown = (open.length > 0 ? open : latestFirst).slice(0, 2);
  const other = latestFirst.find((o) => !shown.includes(o));
  if (other && shown.length < 2) shown.push(other);
  const line = shown.map(phrase).join('; ');
  return open.length === 0 ? `Former ${line}` : line;
}


/** The description a card shows: the role line, then the free text unless it only restates the latest role. */
export function describeEntity(e: Pick<Entity, 'description' | 'roles' | 'country'>): string {
  const line = e.roles ? roleLine(e.roles, e.country) : undefined;
  if (!line) return e.description;
  const lead = e.roles!.map((x) => x.title.toLowerCase());
  const restates = lead.some((t) => e.description.toLowerCase().startsWith(t));
  return restates ? `${line}.` : `${line}. ${e.description}`;
}

/** "vice president" of "Vice President of the United States", "secretary" of "US Secretary of State". */
const officeWord = (title: string) => title.toLowerCase().replace(/^us /, '').split(' of ')[0]!;

/**
 * The role that free text repeats: its office word with the year the role began ("US vice president 2021–2025" beside
 * the role line "Former Vice President of the United States, 2021–2025"). The card already says it.
 */
export function restatedRole(text: string, roles: readonly Role[]): Role | undefined {
  const lower = text.toLowerCase();
  return roles.find((r) => lower.includes(year(r.from)) && new RegExp(String.raw`\b${officeWord(r.title)}\b`).test(lower));
}

const OFFICE = String.raw`(?:vice[- ]president|president|prime minister|premier|chancellor|king|queen|emir|chair(?:man|woman)?|governor|mayor|secretary|minister|leader|speaker|head|chief|ceo|director|senator)`;

/**
 * Phrases that claim an office is held today. Free text cannot know when it stops being true, so a description may say
 * when an office began ("from 2023") but not that it goes on; an office held now belongs in a dated role.
 */
const CURRENT_OFFICE: readonly RegExp[] = [
  new RegExp(String.raw`\bis (?:the )?(?:current )?${OFFICE}\b`, 'i'),
  /\bserves as\b/i,
  /\bincumbent\b/i,
  /\bcurrent(?:ly)?\b/i,
  /\b(?:has|have) (?:led|headed|chaired|run|served)\b/i,
  new RegExp(String.raw`\b${OFFICE}\b[^.;]{0,40}\bsince\b`, 'i'),
];

/** The phrase in `description` that claims a current office, if any. */
export function currentOfficeClaim(description: string): string | undefined {
  for (const pattern of CURRENT_OFFICE) {
    const found = pattern.exec(description);
    if (found) return found[0];
  }
  return undefined;
}
