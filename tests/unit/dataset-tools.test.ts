import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayPageUrl, parsePortalDay, splitOutlets } from '../../src/core/current-events/portal';
import { shorten } from '../../src/core/current-events/import';
import { datasetCommand } from '../../scripts/cli/dataset';
import { captureIO } from '../../scripts/cli/io';
import { CURRENT_EVENTS, REPO } from './helpers/paths';

/** The dataset command: export, check and import-current-events, called in process with a reader's arguments. */

function dataset(...args: string[]) {
  const io = captureIO();
  const status = datasetCommand(args, io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

let exported: { events: unknown[]; entities: unknown[] };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-dataset-cli-'));
  const out = dataset('export');
  expect(out.status, out.stderr).toBe(0);
  writeFileSync(join(dir, 'bundled.json'), out.stdout);
  exported = JSON.parse(out.stdout) as typeof exported;
}, 120_000);

describe('npm run dataset', () => {
  it('exports the bundled dataset as a pack that the JSON Schema and check both accept', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(REPO, 'schemas/backstory-pack.schema.json'), 'utf8')) as object);
    expect(validate(exported), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(exported.events.length).toBeGreaterThanOrEqual(1500);
    const check = dataset('check', join(dir, 'bundled.json'));
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toMatch(/valid pack "Backstory bundled dataset": \d+ entities, \d+ events/);
  }, 120_000);

  it('checks a pack and lists every problem as file: record id: field: what is wrong', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'backstory-pack',
        version: 1,
        name: 'Bad',
        created: '2026-01-01T00:00:00Z',
        license: 'CC0',
        attribution: 'Tests',
        entities: [{ id: 'atlantis', type: 'island', name: 'Atlantis', aliases: [], description: 'A legend.' }],
        events: [
          { id: 'e1', date: '2025-13-01', summary: 'x', entities: ['atlantis'], sources: [{ url: 'http://example.org/' }] },
          { id: 'e2', date: '2025-01-01', summary: 'y', entities: ['nowhere'], sources: [] },
        ],
      }),
    );
    const out = dataset('check', bad);
    expect(out.status).toBe(1);
    expect(out.stdout.trim().split('\n')).toEqual([
      `${bad}: atlantis: type: "island" is not one of person, country, place, organization`,
      `${bad}: e1: date: "2025-13-01" is not a date of the form YYYY-MM-DD or YYYY-MM`,
      `${bad}: e1: sources[0].url: "http://example.org/" must be https`,
      `${bad}: e2: sources: needs at least one source with a url`,
      `${bad}: e2: entities[0]: names unknown entity "nowhere"`,
    ]);
  }, 60_000);

  it('imports a month of the portal as a valid pack: dated, with story, outlets, day page and entities', () => {
    const out = dataset('import-current-events', CURRENT_EVENTS, '--from', '2025-08-22', '--to', '2025-08-22');
    expect(out.status, out.stderr).toBe(0);
    const pack = JSON.parse(out.stdout) as { license: string; attribution: string; events: { id: string; date: string; story?: string; summary: string; entities: string[]; sources: { outlet?: string; url: string }[] }[] };
    expect(pack.license).toBe('CC BY-SA 4.0');
    expect(pack.attribution).toContain('Wikipedia contributors');
    const drone = pack.events.find((e) => e.summary.startsWith('A naval drone operated by Ukrainian military intelligence'))!;
    expect(drone).toMatchObject({ date: '2025-08-22', story: 'Russian invasion of Ukraine' });
    expect(drone.entities).toEqual(expect.arrayContaining(['russia']));
    expect(drone.sources).toEqual([{ outlet: 'MSN', title: 'Wikipedia Current Events, 22 August 2025', url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2025_August_22' }]);
    const file = join(dir, 'day.json');
    writeFileSync(file, out.stdout);
    expect(dataset('check', file).status).toBe(0);
  }, 120_000);

  it('converts the whole 2002–2026 record', () => {
    const out = dataset('import-current-events', CURRENT_EVENTS);
    expect(out.status, out.stderr).toBe(0);
    expect((JSON.parse(out.stdout) as { events: unknown[] }).events.length).toBeGreaterThan(80_000);
  }, 300_000);

  it('refuses bad usage with a clear message', () => {
    const out = dataset('import-current-events', '/no/such/dir');
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('/no/such/dir: no such directory');
  });
});

describe('reading the portal', () => {
  it('splits outlets and headers, and builds the day page address', () => {
    expect(splitOutlets('Five people are killed. (Reuters) (AP via ABC)')).toEqual({ text: 'Five people are killed.', outlets: ['Reuters', 'AP via ABC'] });
    expect(dayPageUrl('2025-08-02')).toBe('https://en.wikipedia.org/wiki/Portal:Current_events/2025_August_2');
    const items = parsePortalDay({
      Date: '2025-08-22',
      Intelligence_Payload: { Uncategorized: ['Gaza war', 'Something happens. (AP)', 'Another thing happens in Gaza. (BBC)', 'A boat sinks off Colombia. (Reuters)'] },
    });
    // The first item under a header is its; a later one only when it shares a word with it, since the export flattened
    // the portal's nesting and a top-level item can follow a header's items.
    expect(items.map((i) => i.story)).toEqual(['Gaza war', 'Gaza war', undefined]);
  });

  it('shortens long sentences at a word boundary and marks the cut', () => {
    const long = 'word '.repeat(80).trim();
    const short = shorten(long);
    expect([...short].length).toBeLessThanOrEqual(240);
    expect(short.endsWith('word…')).toBe(true);
  });
});

describe('reading older portal days', () => {
  it('reads outlets separated by commas, as the portal wrote them before 2017', () => {
    expect(splitOutlets('Shimon Peres dies at 93. (AP), (BBC)')).toEqual({ text: 'Shimon Peres dies at 93.', outlets: ['AP', 'BBC'] });
  });
});
