import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../src/core/dataset/ascii-json';
import { join } from 'node:path';
import { mergePacks } from '../../src/background/merge-packs';
import { splitForWorker } from '../../src/core/dataset/compiled';
import { eventTableOf } from '../../src/core/dataset/event-table';
import { Engine } from '../../src/core/engine';
import { compileNames } from '../../src/core/matcher/matcher';
import { PERSON_TITLES, PORTFOLIOS } from '../../src/core/resolve/cues';
import { namesOf } from '../../src/core/resolve/names';
import { titleFits } from '../../src/core/resolve/titles';
import { hasTrait, TRAIT, type Trait } from '../../src/core/resolve/traits';
import { evaluatePages, evaluateSentenceFiles } from '../../scripts/lib/evaluate';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { benchmarkNames, PUBLIC_GOLD_DIR, readBenchmark } from '../../scripts/lib/public-gold';

describe('the dataset as the build writes it for the worker', () => {
  const data = loadDataset();
  const whole = { ...data, names: compileNames(namesOf(data.entities)) };
  const { dataset, texts, entityTexts } = splitForWorker(whole);
  // As the worker reads it: the file's text, parsed.
  const read = JSON.parse(asciiJson(dataset)) as typeof dataset;

  it('keeps every event, without its words, and every word in the texts file, by id', () => {
    expect(dataset.textsApart).toBe(true);
    expect(dataset.events.map((e) => e.id)).toEqual(data.events.map((e) => e.id));
    expect(dataset.events.every((e) => e.summary === '' && e.sources.length === 0)).toBe(true);
    // In the same order as the events, one each.
    expect(texts).toEqual(data.events.map((ev) => ({ summary: ev.summary, sources: ev.sources })));
  });

  it('reads back, from the file as written, the records split: every event with an empty summary and no sources', () => {
    const { names, ...rest } = whole;
    expect(read).toEqual({
      ...rest,
      names: names.map((n) => n.slice(0, 6)),
      events: data.events.map((ev) => ({ ...ev, summary: '', sources: [], entities: ev.entities.map((id) => data.entities.findIndex((e) => e.id === id)) })),
      entities: dataset.entities,
      textsApart: true,
    });
  });

  it('keeps positions right when a pack replaces a bundled entity: its events name the replacement, the rest are unmoved', () => {
    const header = { name: 'test', created: '2026-01-01T00:00:00Z', license: 'CC0', attribution: 'us' };
    const replaced = data.entities.find((e) => e.id === 'kim-jong-un')!;
    const stand = { ...replaced, id: 'kim-jong-un-2', replaces: 'kim-jong-un' };
    const pack = { header, entities: [stand], table: eventTableOf([]) };
    const lean = mergePacks(read, [pack]).dataset;
    const full = mergePacks(whole, [pack]).dataset;
    expect(lean.entities.map((e) => e.id)).toEqual(full.entities.map((e) => e.id));
    expect(lean.events.map((ev) => ev.entities.map((p) => lean.entities[p]!.id))).toEqual(full.events.map((ev) => ev.entities));
    expect(full.events.filter((ev) => ev.entities.includes('kim-jong-un-2')).length).toBeGreaterThan(10);
    const page = [{ id: 'kim-jong-un-2', count: 3 }, { id: 'russia', count: 2 }, { id: 'vladimir-putin', count: 1 }];
    const card = new Engine(lean).rankedIds(page, '2025-08-22', 'kim-jong-un-2');
    expect(card.length).toBeGreaterThan(0);
    expect(card).toEqual(new Engine(full).rankedIds(page, '2025-08-22', 'kim-jong-un-2'));
  });

  it('keeps every entity without its words, and its words in the entity texts file, by id', () => {
    expect(read.entities.map((e) => e.id)).toEqual(data.entities.map((e) => e.id));
    expect(read.entities.some((e) => 'description' in e || 'wikipedia' in e)).toBe(false);
    // In the same order as the entities, one each.
    const words = JSON.parse(asciiJson(entityTexts)) as typeof entityTexts;
    expect(words).toEqual(data.entities.map((e) => (e.wikipedia === undefined ? [e.description] : [e.description, e.wikipedia])));
    // What stays in the file is the rest of each record, untouched.
    const without = (record: object, fields: readonly string[]) => Object.fromEntries(Object.entries(record).filter(([k]) => !fields.includes(k)));
    read.entities.forEach((lean, i) => {
      expect(without(lean, ['traits', 'titleWords'])).toEqual(without(data.entities[i]!, ['description', 'wikipedia']));
    });
  });

  it('gives every entity, without its words, the answers the resolver reads from them', () => {
    const traits = Object.keys(TRAIT) as Trait[];
    for (const trait of traits) {
      const lean = read.entities.filter((e) => hasTrait(e, trait)).map((e) => e.id);
      expect(lean, trait).toEqual(data.entities.filter((e) => hasTrait(e, trait)).map((e) => e.id));
      expect(lean.length, trait).toBeGreaterThan(0);
    }
    // Every title `titleBefore` can read: an office, or a portfolio and "minister" or "secretary".
    const titles = [...PERSON_TITLES, ...[...PORTFOLIOS].flatMap((p) => [`${p} minister`, `${p} secretary`])];
    const differ: string[] = [];
    let fits = 0;
    read.entities.forEach((lean, i) => {
      // Titles are read before a person's short name only.
      if (lean.type !== 'person') return;
      for (const title of titles) {
        const answer = titleFits(title, lean);
        if (answer !== titleFits(title, data.entities[i]!)) differ.push(`${lean.id}: ${title}`);
        if (answer && lean.roles === undefined) fits++;
      }
    });
    expect(differ).toEqual([]);
    expect(fits).toBeGreaterThan(100); // fits read from the description alone, not only from roles
  });

  it('finds the same mentions on the gold pages, sentences and public benchmarks as the whole dataset', () => {
    const split = new Engine(read);
    const full = new Engine(whole);
    expect(evaluatePages(split)).toEqual(evaluatePages(full));
    expect(evaluateSentenceFiles(split)).toEqual(evaluateSentenceFiles(full));
    for (const name of benchmarkNames()) {
      for (const doc of readBenchmark(join(PUBLIC_GOLD_DIR, `${name}.jsonl`))) {
        const blocks = doc.text.split('\n');
        expect(split.scan(blocks).mentions, `${name}: ${doc.text.slice(0, 40)}`).toEqual(full.scan(blocks).mentions);
      }
    }
  });

  it('reads a pack’s entities’ traits from their words, merged with the starting file', () => {
    const city = { id: 'quillport', type: 'place' as const, name: 'Quillport', aliases: [], description: 'City in Norway, for tests.', country: 'norway' };
    const pack = { header: { name: 'test', created: '2026-01-01T00:00:00Z', license: 'CC0', attribution: 'us' }, entities: [city], table: eventTableOf([]) };
    const lean = new Engine(mergePacks(read, [pack]).dataset);
    const text = ['Quillport said it would close the port.', 'Officials in Quillport said nothing.'];
    // A city that stands for no government does not speak: the rule reads the city from the pack's description.
    expect(lean.scan(text).mentions.filter((m) => m.entity === 'quillport').map((m) => m.segment)).toEqual([1]);
    expect(lean.scan(text).mentions).toEqual(new Engine(mergePacks(whole, [pack]).dataset).scan(text).mentions);
    const view = lean.entityView(lean.entityIndex('quillport')!);
    expect(view.description).toBe(city.description);
    expect(lean.untoldEntity(view)).toBe(false);
  });

  it('shows the same description and link once an entity is told its words', () => {
    const split = new Engine(read);
    const full = new Engine(whole);
    for (const id of ['kim-jong-un', 'new-york-state', 'joe-biden', 'moscow', 'samsung-electronics']) {
      const i = split.entityIndex(id);
      expect(i, id).toBeDefined();
      const view = split.entityView(i!);
      expect(view.description).toBe('');
      expect(view.url).toBeUndefined();
      expect(split.untoldEntity(view)).toBe(true);
      expect(split.tellEntity(view, entityTexts[i!]!)).toEqual(full.entityView(i!));
      expect(split.untoldEntity(view)).toBe(false);
    }
  });

  it('writes the names’ separator as one character, not an escape', () => {
    const file = asciiJson(dataset.names);
    expect(file).not.toMatch(/\\u0001/);
    expect(dataset.names!.some((n) => n[0].includes('|'))).toBe(true);
  });

  it('leaves out the names’ key hashes, and the matcher finds the same names without them', () => {
    expect(dataset.names!.every((n) => n.length === 6)).toBe(true);
    const text = 'Kim Jong Un met Vladimir Putin in Moscow; the U.S. State Department and Côte d’Ivoire said nothing.';
    const split = new Engine(read).scan([text]);
    const full = new Engine(whole).scan([text]);
    expect(split.mentions).toEqual(full.mentions);
    expect(split.mentions.length).toBeGreaterThan(3);
  });

  it('ranks the same events for a card: ranking reads no words', () => {
    const page = [{ id: 'kim-jong-un', count: 3 }, { id: 'russia', count: 2 }, { id: 'vladimir-putin', count: 1 }];
    const card = new Engine(read).rankedIds(page, '2025-08-22', 'kim-jong-un');
    expect(card.length).toBeGreaterThan(0);
    expect(card).toEqual(new Engine(whole).rankedIds(page, '2025-08-22', 'kim-jong-un'));
    expect(new Engine(read).rankedIds(page, '2025-08-22')).toEqual(new Engine(whole).rankedIds(page, '2025-08-22'));
  });
});
