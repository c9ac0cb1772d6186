/** Builds person records for heads of state and government: the Wikidata extract (to late 2022) plus the
 * hand-written leader-updates.yaml (changes since), with names and aliases from person-aliases.yaml. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CountryTable } from "./lib/country-ids.js";
import type { CountryOverrides } from "./lib/overrides.js";
import { optNumber, optString, readRecord, strings } from "./lib/overrides.js";
import { parseCsv } from "./lib/csv.js";
import { addUnique, capitalise, nameKey, slugify } from "./lib/text.js";
import type { CuratedIndex, Entity } from "./lib/types.js";
import type { Role } from "../../src/core/dataset/types.js";

interface Term {
  position: string;
  country?: string;
  start?: number;
  end?: number;
  /** Known to continue in March 2026; other open terms of the 2022 extract are described by their start only. */
  current?: boolean;
}

interface Person {
  id: string;
  /** Key of this person's entry in person-aliases.yaml (the label's slug, or the id). */
  overrideKey: string;
  name: string;
  wikidata?: string;
  terms: Term[];
  aliases: string[];
}

interface PersonOverride {
  name?: string;
  aliases: string[];
  country?: string;
  description?: string;
}

/** Wikidata labels that are not the position's usual English form. */
const POSITION_FIXES: Record<string, string> = {
  "Prince of Lichtenstein": "Prince of Liechtenstein",
  "Prime minister of India": "Prime Minister of India",
};

function readPersonOverrides(dir: string): Map<string, PersonOverride> {
  const out = new Map<string, PersonOverride>();
  for (const [id, v] of Object.entries(readRecord(join(dir, "person-aliases.yaml")))) {
    const o = typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
    out.set(id, {
      name: optString(o.name),
      aliases: strings(o.aliases),
      country: optString(o.country),
      description: optString(o.description),
    });
  }
  return out;
}

function countryFor(csvName: string, table: CountryTable, o: CountryOverrides): string | undefined {
  return o.csvCountryNames.get(csvName) ?? table.byName.get(nameKey(csvName));
}

/** Country id → Wikidata id, from the CSV's countryid column (never guessed). */
export function countryWikidata(csvPath: string, table: CountryTable, o: CountryOverrides): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of parseCsv(readFileSync(csvPath, "utf8"))) {
    if (o.csvNoWikidata.has(row("country"))) continue;
    const id = countryFor(row("country"), table, o);
    if (id && /^Q\d+$/.test(row("countryid"))) out.set(id, row("countryid"));
  }
  return out;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

/** Ends the open term that `id` holds in `position`. */
function closeTerm(people: Map<string, Person>, id: string, position: string, year: number | undefined, by: string): void {
  const prev = people.get(id);
  if (!prev) throw new Error(`leader-updates.yaml: ${by} refers to unknown id ${id}`);
  const open = prev.terms.find((t) => t.position === position && t.end === undefined);
  if (!open && prev.terms.some((t) => t.position === position && t.end === year)) return; // already ended there
  if (!open) throw new Error(`leader-updates.yaml: ${id} holds no open term as ${position} (${by})`);
  open.end = year;
  open.current = false;
}

function year(s: string): number | undefined {
  return /^\d{4}$/.test(s) ? Number(s) : undefined;
}

export function buildLeaders(
  csvPath: string,
  dir: string,
  table: CountryTable,
  countryOverrides: CountryOverrides,
  curated: CuratedIndex,
): Entity[] {
  const overrides = readPersonOverrides(dir);
  const people = new Map<string, Person>();
  const qidToId = new Map<string, string>();
  const person = (label: string, qid?: string): Person => {
    const byQid = qid ? qidToId.get(qid) : undefined;
    const labelId = slugify(label);
    const id = byQid ?? (overrides.get(labelId)?.name ? slugify(overrides.get(labelId)?.name ?? label) : labelId);
    let p = people.get(id);
    if (!p) {
      const overrideKey = overrides.has(labelId) ? labelId : id;
      const o = overrides.get(overrideKey);
      p = { id, overrideKey, name: o?.name ?? label, terms: [], aliases: [] };
      if (o?.name) addUnique(p.aliases, label, [o.name]);
      people.set(id, p);
    }
    if (qid && !p.wikidata) p.wikidata = qid;
    if (qid) qidToId.set(qid, id);
    return p;
  };

  for (const row of parseCsv(readFileSync(csvPath, "utf8"))) {
    const label = row("officeholderLabel");
    if (!label || /^Q\d+$/.test(label) || !/^Q\d+$/.test(row("officeholder"))) continue;
    const p = person(label, row("officeholder"));
    const position = POSITION_FIXES[row("positionLabel")] ?? capitalise(row("positionLabel"));
    const term: Term = {
      position,
      country: countryFor(row("country"), table, countryOverrides),
      start: year(row("start_year")),
      end: year(row("end_year")),
    };
    if (!p.terms.some((t) => t.position === term.position && t.start === term.start)) p.terms.push(term);
  }

  const updates = readRecord(join(dir, "leader-updates.yaml"));
  const listed = (key: string): unknown[] => (Array.isArray(updates[key]) ? (updates[key] as unknown[]) : []);
  for (const raw of [...listed("former"), ...listed("changes")]) {
    const u = asRecord(raw);
    const name = optString(u.name);
    const position = optString(u.position);
    if (!name || !position) throw new Error(`leader-updates.yaml: change without name or position: ${JSON.stringify(raw)}`);
    const start = optNumber(u.start);
    const replaces = optString(u.replaces);
    if (replaces) closeTerm(people, replaces, position, start, name);
    const p = person(name, optString(u.wikidata));
    p.terms.push({ position, country: optString(u.country), start, end: optNumber(u.end), current: optNumber(u.end) === undefined });
  }
  for (const raw of listed("ends")) {
    const e = asRecord(raw);
    const id = optString(e.id);
    const position = optString(e.position);
    if (!id || !position) throw new Error(`leader-updates.yaml: bad end ${JSON.stringify(raw)}`);
    closeTerm(people, id, position, optNumber(e.year), "(end)");
  }
  for (const id of strings(updates.stillInOffice)) {
    const p = people.get(id);
    if (!p) throw new Error(`leader-updates.yaml: stillInOffice names unknown id ${id}`);
    for (const t of p.terms) if (t.end === undefined) t.current = true;
  }

  endBySuccessor(people);
  const starts = new Map<string, Set<string>>();
  for (const p of people.values()) for (const t of p.terms) if (t.start !== undefined) {
    const key = `${t.position}|${t.start}`;
    starts.set(key, (starts.get(key) ?? new Set()).add(p.id));
  }
  const entities: Entity[] = [];
  for (const p of people.values()) {
    if (curated.ids.has(p.id) || curated.names.has(nameKey(p.name))) continue;
    const o = overrides.get(p.overrideKey);
    const someoneElseFrom: StartedByOther = (position, year) => [...(starts.get(`${position}|${year}`) ?? [])].some((id) => id !== p.id);
    const aliases = [...p.aliases];
    for (const a of o?.aliases ?? []) addUnique(aliases, a, [p.name]);
    entities.push({
      id: p.id,
      type: "person",
      name: p.name,
      aliases: aliases.filter((a) => !curated.names.has(nameKey(a))),
      description: o?.description ?? describe(p.terms, someoneElseFrom),
      wikidata: p.wikidata,
      country: o?.country ?? mainCountry(p.terms),
      roles: roles(p.terms, someoneElseFrom),
    });
  }
  return entities;
}

function span(t: Term): string {
  if (t.start === undefined) return "";
  if (t.end === undefined) return t.current ? `since ${t.start}` : `took office ${t.start}`;
  if (t.end === t.start) return `${t.start}`;
  return `${t.start}–${t.end}`;
}

/** Whether another person took up `position` in `year`. */
type StartedByOther = (position: string, year: number) => boolean;

/**
 * Joins back-to-back terms in one position (2014–2022 + 2022–2023 → 2014–2023), but not across someone else's term
 * begun in the year between (Borisov 2014–2017 and 2017–2021 stay two: Gerdzhikov held the post in 2017).
 */
function mergeTerms(terms: Term[], someoneElseFrom: StartedByOther = () => false): Term[] {
  const sorted = [...terms].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
  const out: Term[] = [];
  for (const t of sorted) {
    const last = out[out.length - 1];
    if (last && last.end === undefined && t.end === undefined) continue; // duplicate open term
    if (last && last.end !== undefined && t.start !== undefined && last.end === t.start && !someoneElseFrom(t.position, t.start)) {
      out[out.length - 1] = { ...last, end: t.end, current: t.current };
    } else out.push({ ...t });
  }
  return out;
}

/** "President of Albania (2017–2022)." / "Prime Minister of Israel (2009–2021, since 2022)." Latest post first. */
function describe(terms: Term[], someoneElseFrom?: StartedByOther): string {
  const byPosition = new Map<string, Term[]>();
  for (const t of terms) byPosition.set(t.position, [...(byPosition.get(t.position) ?? []), t]);
  const latest = (ts: Term[]): number => Math.max(...ts.map((t) => (t.end === undefined ? 9999 : t.end)));
  const groups = [...byPosition.entries()]
    .map(([position, ts]) => ({ position, terms: mergeTerms(ts, someoneElseFrom) }))
    .sort((a, b) => latest(b.terms) - latest(a.terms) || (b.terms[0]?.start ?? 0) - (a.terms[0]?.start ?? 0));
  const parts = groups.map((g) => {
    const [t, ...rest] = g.terms;
    if (t && rest.length === 0) {
      if (t.start === undefined) return g.position;
      return t.end === undefined && t.current ? `${g.position} ${span(t)}` : `${g.position} (${span(t)})`;
    }
    return `${g.position} (${g.terms.map(span).join(", ")})`;
  });
  let text = parts.slice(0, 3).join("; ");
  if (parts.length > 3) text += `; and ${parts.length - 3} other posts`;
  if (text.length > 198) text = `${parts[0]}; and ${parts.length - 1} other posts`;
  return `${text}.`;
}

/** The country of the most recent term (a person's own country for nearly every head of state). */
function mainCountry(terms: Term[]): string | undefined {
  const sorted = [...terms].sort((a, b) => (b.end ?? 9999) - (a.end ?? 9999) || (b.start ?? 0) - (a.start ?? 0));
  return sorted.find((t) => t.country)?.country;
}

/**
 * A term the extract leaves open ends when someone else takes the same post later: the leaders data then shows a
 * successor. Terms known to continue (stillInOffice, recent changes) are left open.
 */
function endBySuccessor(people: Map<string, Person>): void {
  const byPost = new Map<string, { id: string; term: Term }[]>();
  for (const p of people.values()) {
    for (const term of p.terms) {
      if (term.start === undefined) continue;
      const post = `${term.position}/${term.country ?? ""}`;
      byPost.set(post, [...(byPost.get(post) ?? []), { id: p.id, term }]);
    }
  }
  for (const holders of byPost.values()) {
    holders.sort((a, b) => (a.term.start ?? 0) - (b.term.start ?? 0));
    for (const { id, term } of holders) {
      if (term.end !== undefined || term.current) continue;
      const next = holders.find((h) => h.id !== id && (h.term.start ?? 0) > (term.start ?? 0));
      if (next) term.end = next.term.start;
    }
  }
}

/** Dated roles, one per continuous term: `of` is the post's country. */
function roles(terms: Term[], someoneElseFrom?: StartedByOther): Role[] | undefined {
  const byPosition = new Map<string, Term[]>();
  for (const t of terms) byPosition.set(t.position, [...(byPosition.get(t.position) ?? []), t]);
  const out: Role[] = [];
  for (const [title, ts] of byPosition) {
    for (const t of mergeTerms(ts, someoneElseFrom)) {
      if (t.start === undefined) continue;
      const role: Role = { title, from: String(t.start) };
      if (t.country) role.of = t.country;
      if (t.end !== undefined) role.to = String(t.end);
      out.push(role);
    }
  }
  out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return out.length ? out : undefined;
}
