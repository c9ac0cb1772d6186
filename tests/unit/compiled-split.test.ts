import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../src/core/dataset/ascii-json';
import { splitForWorker } from '../../src/core/dataset/compiled';
import { Engine } from '../../src/core/engine';
import { compileNames } from '../../src/core/matcher/matcher';
import { namesOf } from '../../src/core/resolve/names';
import { loadDataset } from '../../scripts/lib/load-dataset';

describe('the dataset as the build writes it for the worker', () => {
  const data = loadDataset();
  const whole = { ...data, names: compileNames(namesOf(data.entities)) };
  const { dataset, texts } = splitForWorker(whole);
  // As the worker reads it: the file's text, parsed.
  const read = JSON.parse(asciiJson(dataset)) as typeof dataset;

  it('keeps every event, without its words, and every word in the texts file, by id', () => {
    expect(dataset.textsApart).toBe(true);
    expect(dataset.events.map((e) => e.id)).toEqual(data.events.map((e) => e.id));
    expect(dataset.events.every((e) => e.summary === '' && e.sources.length === 0)).toBe(true);
    for (const ev of data.events) expect(texts[ev.id]).toEqual({ summary: ev.summary, sources: ev.sources });
    expect(Object.keys(texts)).toHaveLength(data.events.length);
  });

  it('reads back, from the file as written, the records split: every event with an empty summary and no sources', () => {
    const { names, ...rest } = whole;
    expect(read).toEqual({
      ...rest,
      names: names.map((n) => n.slice(0, 6)),
      events: data.events.map((ev) => ({ ...ev, summary: '', sources: [] })),
      textsApart: true,
    });
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
