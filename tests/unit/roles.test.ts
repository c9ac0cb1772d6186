import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DATASET_DIR, loadDataset } from '../../scripts/lib/load-dataset';
import { staleRoles, validateDataset } from '../../src/core/dataset/validate';
import type { Entity } from '../../src/core/dataset/types';
import { Engine } from '../../src/core/engine';
import { currentOfficeClaim, describeEntity, restatedRole, roleLine } from '../../src/core/roles';
import { titleFits } from '../../src/core/resolve/titles';

/** People's offices as dated roles: the card's line is built from them, and a role a successor has taken must end. */

const person = (id: string, roles: Entity['roles'], description = 'A politician.'): Entity => ({ id, type: 'person', name: id, aliases: [], description, roles });

describe('the description line built from roles', () => {
  it('dates an ended role and calls the person former when every role has ended', () => {
    expect(roleLine([{ title: 'President of Colombia', of: 'colombia', from: '2022', to: '2026' }])).toBe('Former President of Colombia, 2022–2026');
  });

  it('never says "since" for an open role: a missing end means no successor on record, not an office held today', () => {
    const line = roleLine([{ title: 'President of Colombia', of: 'colombia', from: '2022-08-07' }]);
    expect(line).toBe('President of Colombia, from 2022');
    expect(line).not.toMatch(/since|former/i);
  });

  it('leads with the open role and adds one earlier office', () => {
    const line = roleLine([
      { title: 'Mayor of Bogotá', from: '2012', to: '2015' },
      { title: 'President of Colombia', of: 'colombia', from: '2022' },
    ]);
    expect(line).toBe('President of Colombia, from 2022; Mayor of Bogotá, 2012–2015');
  });

  it('tells terms in the same office together', () => {
    const speaker = 'Speaker of the US House of Representatives';
    expect(roleLine([
      { title: speaker, from: '2019-01-03', to: '2023-01-03' },
      { title: speaker, from: '2007-01-04', to: '2011-01-03' },
    ])).toBe(`Former ${speaker}, 2007–2011 and 2019–2023`);
    expect(roleLine([{ title: 'Prime Minister of Israel', of: 'israel', from: '2009', to: '2021' }, { title: 'Prime Minister of Israel', of: 'israel', from: '2022' }]))
      .toBe('Prime Minister of Israel, 2009–2021 and from 2022');
  });

  it('leads, among offices held as late, with the one in the person’s own country', () => {
    const roles = [
      { title: 'Monarch of Belize', of: 'belize', from: '2022' },
      { title: 'Monarch of the United Kingdom', of: 'united-kingdom', from: '2022' },
    ];
    expect(roleLine(roles, 'united-kingdom')).toMatch(/^Monarch of the United Kingdom, from 2022; /);
    expect(roleLine(roles, 'belize')).toMatch(/^Monarch of Belize, from 2022; /);
  });

  it('finds free text that repeats a role: the office word with the year it began', () => {
    const roles = [{ title: 'Vice President of the United States', of: 'united-states', from: '2021-01-20', to: '2025-01-20' }];
    expect(restatedRole('US vice president 2021–2025 and Democratic nominee.', roles)).toBe(roles[0]);
    expect(restatedRole('Democratic nominee who lost the 2024 presidential election.', roles)).toBeUndefined();
    expect(restatedRole('US secretary of state from January 2025.', [{ title: 'US Secretary of State', from: '2025-01-21' }])?.title).toBe('US Secretary of State');
    expect(restatedRole('Vice-presidential pick in 2021.', roles)).toBeUndefined();
  });

  it('lets a title before a surname fit an office held as a role, now that the free text leaves it out', () => {
    const bush = { description: 'Launched the wars in Afghanistan and Iraq.', roles: [{ title: 'President of the United States', from: '2001-01-20', to: '2009-01-20' }] };
    expect(titleFits('president', bush)).toBe(true);
    expect(titleFits('governor', bush)).toBe(false);
    expect(titleFits('president', { description: 'Launched the wars in Afghanistan and Iraq.' })).toBe(false);
  });

  it('keeps free text that adds to the roles, and drops text that only restates one', () => {
    const roles = [{ title: 'President of Liberia', of: 'liberia', from: '2018', to: '2024' }];
    expect(describeEntity(person('a', roles, 'President of Liberia (took office 2018).'))).toBe('Former President of Liberia, 2018–2024.');
    expect(describeEntity(person('b', roles, 'Footballer who won the Ballon d’Or in 1995.'))).toBe('Former President of Liberia, 2018–2024. Footballer who won the Ballon d’Or in 1995.');
    expect(describeEntity(person('c', undefined, 'Plain text.'))).toBe('Plain text.');
  });
});

describe('the stale-role check', () => {
  it('fails a role without an end when another person holds the same office from a later date', () => {
    const entities = [
      person('old', [{ title: 'President of Liberia', of: 'liberia', from: '2018' }]),
      person('new', [{ title: 'President of Liberia', of: 'liberia', from: '2024' }]),
    ];
    const problems = staleRoles(entities);
    expect(problems.map((p) => `${p.record}: ${p.field}`)).toEqual(['old: roles[0].to']);
    expect(problems[0]!.message).toContain('new');
  });

  it('passes once the role is given its end, and does not mix up offices of different countries', () => {
    expect(staleRoles([
      person('old', [{ title: 'President of Liberia', of: 'liberia', from: '2018', to: '2024' }]),
      person('new', [{ title: 'President of Liberia', of: 'liberia', from: '2024' }]),
      person('other', [{ title: 'Prime Minister', of: 'x', from: '2010' }]),
      person('later', [{ title: 'Prime Minister', of: 'y', from: '2020' }]),
    ])).toEqual([]);
  });

  it('validates roles: known fields, dates, an end not before the start, `of` an existing entity, people only', () => {
    const { problems } = validateDataset([{ file: 'x.yaml', records: [
      { id: 'p', type: 'person', name: 'P', aliases: [], description: 'd', roles: [{ title: 'Chair', of: 'nowhere', from: 2020, to: '2019', by: 1 }] },
      { id: 'q', type: 'place', name: 'Q', aliases: [], description: 'd', roles: [{ title: 'Chair', from: '20-1' }] },
      { id: 'r', type: 'person', name: 'R', aliases: [], description: 'd', roles: [{ title: 'Chair', of: 'nowhere', from: '2020' }] },
    ] }], []);
    const found = problems.map((p) => `${p.record}: ${p.field}`);
    expect(found).toEqual(expect.arrayContaining(['p: roles[0].by', 'p: roles[0].to', 'r: roles[0].of', 'q: roles', 'q: roles[0].from']));
  });
});

describe('descriptions that claim a current office', () => {
  it('finds the phrases that would age', () => {
    expect(currentOfficeClaim('He is the current president of Peru.')).toBe('is the current president');
    expect(currentOfficeClaim('Prime minister of Italy since 2022.')).toBe('Prime minister of Italy since');
    expect(currentOfficeClaim('A diplomat who serves as envoy to Japan.')).toBe('serves as');
    expect(currentOfficeClaim('The incumbent mayor.')).toBe('incumbent');
    expect(currentOfficeClaim('Economist who has led the central bank from 2019.')).toBe('has led');
  });

  it('lets pass text that says when an office began or ended', () => {
    expect(currentOfficeClaim('Turkish defence minister from 2023.')).toBeUndefined();
    expect(currentOfficeClaim('President of Liberia 2018–2024 and former footballer.')).toBeUndefined();
    expect(currentOfficeClaim('Singer who has lived in Paris since 2010.')).toBeUndefined();
  });
});

describe('the bundled dataset', () => {
  const data = loadDataset();

  it('has no person whose free-text description claims an office held today without a dated role', () => {
    const claims = data.entities
      .filter((e) => e.type === 'person' && !e.roles?.length)
      .flatMap((e) => {
        const claim = currentOfficeClaim(e.description);
        return claim ? [`${e.id}: description: "${claim}"`] : [];
      });
    expect(claims).toEqual([]);
  });

  it('gives every generated leader dated roles that pass the stale-role check, and states the date it runs to', () => {
    const withRoles = data.entities.filter((e) => e.roles);
    expect(withRoles.length).toBeGreaterThanOrEqual(600);
    expect(staleRoles(data.entities)).toEqual([]);
    expect(data.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.events.every((ev) => ev.date <= data.asOf!)).toBe(true);
  });

  it('checks curated people with the generated leaders: an open vice presidency fails once a successor holds it', () => {
    const harris = data.entities.find((e) => e.id === 'kamala-harris')!;
    expect(roleLine(harris.roles ?? [])).toBe('Former Vice President of the United States, 2021–2025; US Senator from California, 2017–2021');
    const reopened = data.entities.map((e) => (e === harris ? { ...e, roles: harris.roles!.map(({ to: _to, ...r }) => r) } : e));
    expect(staleRoles(reopened).map((p) => `${p.record}: ${p.field}: ${p.message}`)).toEqual(['kamala-harris: roles[0].to: is missing: jd-vance holds "Vice President of the United States" from 2025-01-20']);
  });

  it('ends George Weah’s presidency (succeeded in 2024) and carries asOf to the card and the page summary', () => {
    const engine = new Engine(data);
    const card = engine.card('george-weah', [{ id: 'george-weah', count: 1 }], '2025-01-01');
    expect(card?.entity.description).toMatch(/^Former President of Liberia, 2018–2024/);
    expect(card?.asOf).toBe(data.asOf);
    const summary = engine.pageSummary({ url: 'https://example.org/', title: 't', published: null }, []);
    expect(summary.asOf).toBe(data.asOf);
  }, 60_000);

  /** Offices whose holders news names most; a deputy ("vice foreign minister") is not the office itself. */
  const NAMED_OFFICE = /(?<!\b(?:vice|deputy|under|assistant)[- ])\b(?:foreign minister|foreign secretary|secretary of state|defen[cs]e minister|defen[cs]e secretary|finance minister|treasury secretary|chancellor of the exchequer|vice[- ]president|speaker of|central bank|secretary[- ]general|director[- ]general|prime minister of|premier of|chief minister of|governor of|mayor of|ambassador to|chief justice|high commissioner|attorney general|(?:eu|european) commissioner|interior minister|justice minister|home minister|chief of staff|trade representative|district attorney|(?:president|prime minister|chancellor) \d{4})\b/i;

  it('gives every curated person whose description names an office from a closed list dated roles', () => {
    const dir = join(DATASET_DIR, 'entities');
    const curated = readdirSync(dir).filter((f) => f.endsWith('.yaml')).flatMap((f) => (parse(readFileSync(join(dir, f), 'utf8')) as Entity[]).map((e) => ({ ...e, file: f })));
    expect(curated.filter((e) => e.type === 'person').length).toBeGreaterThan(1000);
    const missing = curated.filter((e) => e.type === 'person' && !e.roles?.length && NAMED_OFFICE.test(e.description)).map((e) => `${e.file}: ${e.id}: ${e.description}`);
    expect(missing).toEqual([]);
    expect(NAMED_OFFICE.test('Chinese foreign ministry spokeswoman and later vice foreign minister.')).toBe(false);
    expect(NAMED_OFFICE.test('Pakistani defence minister.')).toBe(true);
    expect(NAMED_OFFICE.test('Deputy chief minister of Maharashtra.')).toBe(false);
    expect(NAMED_OFFICE.test('Former governor of Jakarta.')).toBe(true);
    expect(NAMED_OFFICE.test('British prime minister 2007–2010.')).toBe(true);
    expect(NAMED_OFFICE.test('White House deputy chief of staff.')).toBe(false);
  });

  it('shows no card whose free text repeats a role its line already gives', () => {
    const repeats = data.entities.filter((e) => e.roles?.length).flatMap((e) => {
      const line = roleLine(e.roles!, e.country)!;
      const rest = describeEntity(e).slice(line.length + 1);
      const role = restatedRole(rest, e.roles!);
      return role ? [`${e.id}: "${rest.trim()}" repeats ${role.title}`] : [];
    });
    expect(repeats).toEqual([]);
    const vance = data.entities.find((e) => e.id === 'jd-vance')!;
    expect(describeEntity(vance)).toBe('Vice President of the United States, from 2025; US Senator from Ohio, 2023–2025. Republican, author of the memoir Hillbilly Elegy.');
  });

  it('ends open leaders’ terms the Current Events record shows ended, and opens their successors’', () => {
    const byId = new Map(data.entities.map((e) => [e.id, e]));
    expect(roleLine(byId.get('ralph-gonsalves')!.roles!)).toBe('Former Prime Minister of Saint Vincent and the Grenadines, 2001–2025');
    expect(roleLine(byId.get('godwin-friday')!.roles!)).toBe('Prime Minister of Saint Vincent and the Grenadines, from 2025');
    expect(roleLine(byId.get('faure-gnassingbe')!.roles!, 'togo')).toBe('President of the Council of Ministers of Togo, from 2025; President of Togo, 2005–2025');
    expect(byId.get('roman-golovchenko')!.roles!.every((r) => r.to !== undefined)).toBe(true);
  });

  it('names the holders of every post in the leaders file back to 2014, except posts created since and named gaps', () => {
    const leaders = parse(readFileSync(join(DATASET_DIR, 'entities', 'generated', 'leaders.yaml'), 'utf8')) as Entity[];
    const earliest = new Map<string, string>();
    for (const e of leaders) for (const r of e.roles ?? []) {
      const post = `${r.title} | ${r.of ?? ''}`;
      if (!earliest.has(post) || r.from < earliest.get(post)!) earliest.set(post, r.from);
    }
    // Why each post may start after 2014: it was created later, is not a country's, or (San Marino's captains regent,
    // a new pair every six months) its holders before 2021 are not in the leaders data.
    const createdSince = /^(Prime Minister of (Sudan|Burundi|Cuba|the Republic of the Congo)|Chairman of the Transitional Sovereignty Council of Sudan|Head of the military government of Niger|President of the Council of Ministers of Togo|Chairman of the Presidential (Council|Leadership Council of Yemen)|Supreme Leader of Afghanistan|Chief Minister of Sierra Leone|President of Barbados|Chief Adviser of Bangladesh|Acting President of .*) \|/;
    const notACountrys = /^((President|Prime Minister) of (South Ossetia|Abkhazia|Transnistria|Artsakh|the Sahrawi Arab Democratic Republic|Republika Srpska)|President of the European Council|High Representative of the Union|Secretary General of NATO|United Nations High Commissioner|Vice President of Argentina|Foreign (Secretary|Minister) of) /;
    const knownGap = /^Captain Regent of San Marino \|/;
    const late = [...earliest]
      .filter(([post, from]) => from > '2014' && !createdSince.test(post) && !notACountrys.test(post) && !knownGap.test(post))
      .map(([post, from]) => `${post} from ${from}`);
    expect(late).toEqual([]);
    expect(earliest.size).toBeGreaterThanOrEqual(300);
  });

  it('has no two people in one single-holder post over overlapping years, except a disputed succession', () => {
    const held = new Map<string, { id: string; from: number; to: number }[]>();
    for (const e of data.entities) for (const r of e.roles ?? []) {
      const post = `${r.title} | ${r.of ?? ''}`;
      held.set(post, [...(held.get(post) ?? []), { id: e.id, from: Number(r.from.slice(0, 4)), to: r.to ? Number(r.to.slice(0, 4)) : Infinity }]);
    }
    // Posts held by several people at once; and Côte d'Ivoire's 2010–2011 crisis, when both claimed the presidency.
    const sharedPost = /^(Member of|Captain Regent|US Senator|Justice of|.*Commissioner|US Representative|Monarch|French co-prince|Episcopal Co-Prince)/;
    const overlaps: string[] = [];
    for (const [post, terms] of held) {
      if (sharedPost.test(post)) continue;
      for (const a of terms) for (const b of terms) {
        if (a.id !== b.id && a.from < b.from && b.from < a.to) overlaps.push(`${post}: ${a.id} ${a.from}–${a.to}, ${b.id} from ${b.from}`);
      }
    }
    expect(overlaps).toEqual(['President of the Ivory Coast | ivory-coast: laurent-gbagbo 2000–2011, alassane-ouattara from 2010']);
  });

  it('adds office-holders in people-roles.yaml, each with dated roles and a name no other entity uses', () => {
    const added = parse(readFileSync(join(DATASET_DIR, 'entities', 'people-roles.yaml'), 'utf8')) as Entity[];
    expect(added.length).toBeGreaterThanOrEqual(10);
    const names = (e: Entity) => [e.name, ...e.aliases].map((n) => n.toLowerCase());
    const ids = new Set(added.map((e) => e.id));
    const others = new Set(data.entities.filter((e) => !ids.has(e.id)).flatMap(names));
    for (const e of added) {
      expect(e.roles?.length, e.id).toBeGreaterThan(0);
      expect(names(e).filter((n) => others.has(n)), e.id).toEqual([]);
    }
  });
});
