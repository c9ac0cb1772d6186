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
