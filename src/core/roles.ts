import type { Entity, Role } from './dataset/types';

/** The card's description line for a person, built from dated roles rather than from text that ages. */

const year = (date: string) => date.slice(0, 4);

function span(r: Role): string {
  if (r.to === undefined) return `from ${year(r.from)}`;
  return year(r.to) === year(r.from) ? year(r.from) : `${year(r.from)}–${year(r.to)}`;
}

function phrase(role: Role): string {
  return `${role.title}, ${span(role)}`;
}

/**
 * "President of Colombia, from 2022" while a role has no end; "Former President of Liberia, 2018–2024" when every role
 * has ended. The latest role leads; one earlier office follows. An open role says "from", not "since": a missing end
 * means the record shows no successor, not that the office is still held.
 */
export function roleLine(roles: readonly Role[]): string | undefined {
  if (roles.length === 0) return undefined;
  const latestFirst = [...roles].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999') || b.from.localeCompare(a.from));
  const open = latestFirst.filter((r) => r.to === undefined);
  const shown = (open.length > 0 ? open : latestFirst).slice(0, 2);
  const other = latestFirst.find((r) => !shown.includes(r) && r.title !== shown[0]!.title);
  const parts = shown.map(phrase);
  if (other && parts.length < 2) parts.push(phrase(other));
  const line = parts.join('; ');
  return open.length === 0 ? `Former ${line}` : line;
}


/** The description a card shows: the role line, then the free text unless it only restates the latest role. */
export function describeEntity(e: Pick<Entity, 'description' | 'roles'>): string {
  const line = e.roles ? roleLine(e.roles) : undefined;
  if (!line) return e.description;
  const lead = e.roles!.map((x) => x.title.toLowerCase());
  const restates = lead.some((t) => e.description.toLowerCase().startsWith(t));
  return restates ? `${line}.` : `${line}. ${e.description}`;
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
