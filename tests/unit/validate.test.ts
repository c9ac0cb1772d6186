import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/dataset/types';
import { validateDataset } from '../../src/core/dataset/validate';
import { DatasetError, loadDataset } from '../../scripts/lib/load-dataset';

const country = { id: 'russia', type: 'country', name: 'Russia', aliases: [], description: 'Country in Europe and Asia.' };
const event = {
  id: '2024-06-19-pact',
  date: '2024-06-19',
  summary: 'A treaty is signed.',
  entities: ['russia'],
  sources: [{ url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2024_June_19' }],
};

function problems(entities: unknown[], events: unknown[]): string[] {
  return validateDataset([{ file: 'entities/a.yaml', records: entities }], [{ file: 'events/b.yaml', records: events }]).problems.map(formatProblem);
}

describe('dataset validation', () => {
  it('accepts valid records', () => {
    expect(problems([country], [event])).toEqual([]);
  });

  it('names the file, the record and the field of every problem', () => {
    const out = problems(
      [{ ...country, type: 'nation' }],
      [
        { ...event, date: '2024-02-30', summary: 'x'.repeat(241) },
        { ...event, id: 'second', sources: [{ url: 'http://example.com/' }], entities: ['atlantis'] },
      ],
    );
    expect(out).toEqual([
      'entities/a.yaml: russia: type: "nation" is not one of person, country, place, organization',
      'events/b.yaml: 2024-06-19-pact: date: "2024-02-30" is not a date of the form YYYY-MM-DD or YYYY-MM',
      'events/b.yaml: 2024-06-19-pact: summary: is 241 characters long; at most 240',
      'events/b.yaml: second: sources[0].url: "http://example.com/" must be https',
      'events/b.yaml: second: entities[0]: names unknown entity "atlantis"',
    ]);
  });

  it('rejects an id defined twice, naming where it was first', () => {
    const out = validateDataset(
      [
        { file: 'entities/a.yaml', records: [country] },
        { file: 'entities/b.yaml', records: [country] },
      ],
      [],
    ).problems.map(formatProblem);
    expect(out).toEqual(['entities/b.yaml: russia: id: is already defined in entities/a.yaml']);
  });

  it("takes a city's division only on a place, and only naming an entity it knows", () => {
    const state = { id: 'oregon', type: 'place', name: 'Oregon', aliases: [], description: 'US state.' };
    const city = { id: 'portland', type: 'place', name: 'Portland', aliases: [], description: 'City in Oregon.', division: 'oregon' };
    expect(problems([country, state, city], [event])).toEqual([]);
    expect(problems([country, city], [event]).join('\n')).toContain('portland');
    expect(problems([country, city], [event]).join('\n')).toContain('names unknown entity "oregon"');
    expect(problems([country, state, { ...country, id: 'ruritania', name: 'Ruritania', division: 'oregon' }], [event]).join('\n')).toContain('only places lie in a division');
  });

  it('refuses a name, alias or title that begins with a combining mark', () => {
    const slip = { ...country, aliases: ['\u0670\u0100s\u012br Province'], wikipedia: '\u0301Russia' };
    const out = problems([slip], [event]);
    expect(out.some((p) => p.includes('aliases[0]') && p.includes('combining mark'))).toBe(true);
    expect(out.some((p) => p.includes('wikipedia') && p.includes('combining mark'))).toBe(true);
  });

  it('accepts month-only dates and rejects impossible ones', () => {
    expect(problems([country], [{ ...event, date: '2025-08' }])).toEqual([]);
    expect(problems([country], [{ ...event, date: '2025-13' }])[0]).toContain('date');
  });

  it('stops the build with every problem of a bad dataset directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'backstory-dataset-'));
    const data = join(dir, 'src', 'dataset');
    mkdirSync(join(data, 'entities'), { recursive: true });
    mkdirSync(join(data, 'events'), { recursive: true });
    writeFileSync(join(data, 'ambiguous-names.yaml'), '- May\n');
    writeFileSync(join(data, 'entities', 'countries.yaml'), '- id: russia\n  type: country\n  name: Russia\n  aliases: []\n');
    writeFileSync(join(data, 'events', 'war.yaml'), '- id: bad\n  date: 2024-06-19\n  summary: Something.\n  entities: [russia]\n  sources: []\n');
    expect(() => loadDataset(data)).toThrowError(DatasetError);
    try {
      loadDataset(data);
    } catch (error) {
      expect((error as DatasetError).message).toContain('src/dataset/entities/countries.yaml: russia: description: is missing');
      expect((error as DatasetError).message).toContain('src/dataset/events/war.yaml: bad: sources: needs at least one source with a url');
    }
  });
});
