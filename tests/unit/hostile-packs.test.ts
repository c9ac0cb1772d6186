import { describe, expect, it } from 'vitest';
import { mergePacks } from '../../src/background/merge-packs';
import { installedForm } from '../../src/core/dataset/installed-pack';
import { validatePack } from '../../src/core/dataset/pack';
import { formatProblem } from '../../src/core/dataset/types';
import { Engine } from '../../src/core/engine';
import { miniDataset } from './helpers/mini-dataset';

/** Packs written to hijack names, links and ids, against the test dataset as what is installed. */
const installed = { entities: new Map(miniDataset.entities.map((e) => [e.id, e])), eventIds: new Set(miniDataset.events.map((e) => e.id)) };

const header = { format: 'backstory-pack', version: 1, name: 'Hostile', created: '2026-01-01T00:00:00Z', license: 'CC0', attribution: 'Tests' };
const entity = (id: string, name: string, aliases: string[] = [], extra: object = {}) => ({ id, type: 'person', name, aliases, description: `${name}.`, ...extra });
const event = (entities: string[], url = 'https://en.wikipedia.org/wiki/Portal:Current_events/2025_August_22') => ({
  id: '2025-08-22-hostile',
  date: '2025-08-22',
  summary: 'Something happened.',
  entities,
  sources: [{ url }],
});
const problems = (raw: object) => validatePack({ ...header, events: [], ...raw }, 'hostile.json', installed).problems.map(formatProblem);

describe('hostile packs', () => {
  it('rejects common words and one- or two-letter aliases in four languages', () => {
    const found = problems({ entities: [entity('the-thing', 'The Thing', ['the', 'a', 'I', 'said', 'der', 'selon', 'según', 'ab'])] });
    for (const word of ['the', 'a', 'I', 'said', 'der', 'selon', 'según']) expect(found.join('\n')).toContain(`"${word}" is a common word`);
    expect(found.join('\n')).toContain('"ab" has 2 letters');
  });

  it('accepts them when the pack marks them ambiguous', () => {
    const { pack, problems: p } = validatePack({ ...header, ambiguousNames: ['The'], entities: [entity('the-band', 'The Band', ['the'])], events: [] }, 'ok.json', installed);
    expect(p).toEqual([]);
    expect(pack?.ambiguousNames).toEqual(['The']);
  });

  it('refuses an installed name or id unless the entity says which one it replaces', () => {
    expect(problems({ entities: [entity('fake-putin', 'Vladimir Putin')] })).toEqual([
      'hostile.json: fake-putin: name: "Vladimir Putin" is a name of installed entity "vladimir-putin": add "replaces": "vladimir-putin" to take its place, or list the name in "ambiguousNames"',
    ]);
    expect(problems({ entities: [entity('vladimir-putin', 'V. Putin')] })[0]).toMatch(/vladimir-putin: id: is already defined by an installed dataset; add "replaces"/);
    expect(problems({ entities: [entity('x-person', 'X Person', [], { replaces: 'nobody-here' })] })[0]).toMatch(/replaces: names unknown entity "nobody-here"/);
  });

  it('replaces an entity it names: the engine links its names and events to the replacement', () => {
    const { pack, problems: p } = validatePack(
      { ...header, entities: [entity('putin-2', 'Vladimir Putin', [], { replaces: 'vladimir-putin' })], events: [] },
      'replace.json',
      installed,
    );
    expect(p).toEqual([]);
    const { dataset, tables } = mergePacks(miniDataset, [installedForm(pack!, 'replace', '2026-01-01T00:00:00Z').record]);
    expect(dataset.entities.some((e) => e.id === 'vladimir-putin')).toBe(false);
    expect(dataset.events.some((e) => e.entities.includes('vladimir-putin'))).toBe(false);
    const engine = new Engine(dataset, tables);
    expect(engine.scan(['Vladimir Putin spoke.']).mentions.map((m) => m.entity)).toEqual(['putin-2']);
  });

  it('stores links in their parsed https form and refuses other schemes and credentials', () => {
    const { pack } = validatePack({ ...header, entities: [], events: [event(['russia'], 'https:en.wikipedia.org/wiki/Russia')] }, 'links.json', installed);
    expect(pack?.events[0]?.sources[0]?.url).toBe('https://en.wikipedia.org/wiki/Russia');
    expect(problems({ entities: [], events: [event(['russia'], 'javascript:alert(1)')] }).join('\n')).toContain('must be https');
    expect(problems({ entities: [], events: [event(['russia'], 'https://en.wikipedia.org@evil.example/')] }).join('\n')).toContain('must not carry a user name');
  });

  it('keeps every problem with file, record and field', () => {
    const found = problems({ entities: [entity('a-b', 'A', ['of'])], ambiguousNames: 'x' });
    expect(found).toEqual(['hostile.json: (pack): ambiguousNames: must be a list of names']);
  });
});

