import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { captureIO } from '../../scripts/cli/io';
import { scanCommand } from '../../scripts/cli/scan';
import { PAGES, SEED_PAGE } from './helpers/paths';

/** The command-line scanner, called in process with the arguments a reader would type. */

interface Line {
  file: string;
  title: string | null;
  published: string | null;
  text: string;
  mentions: { entity: string; name: string; type: string; text: string; start: number; end: number }[];
  events: { id: string; date: string; summary: string; entities: string[]; sources: { url: string }[]; relation: string }[];
}

function scan(...args: string[]) {
  const io = captureIO();
  const status = scanCommand([...args, '--json'], io);
  return { status, stderr: io.stderr(), lines: io.stdout().trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line) };
}

describe('npm run scan', () => {
  it('prints one JSON object per file with the article text, mentions and events before and after the article', () => {
    const { status, lines } = scan(SEED_PAGE);
    expect(status).toBe(0);
    const [page] = lines;
    expect(page).toMatchObject({ file: SEED_PAGE, published: '2025-08-22' });
    expect(page!.text).toContain('North Korean leader Kim Jong Un has awarded medals');
    expect(page!.text).not.toContain('Markets slide as oil prices climb');
    for (const m of page!.mentions) expect(page!.text.slice(m.start, m.end)).toBe(m.text);
    const ids = new Set(page!.mentions.map((m) => m.entity));
    for (const id of ['kim-jong-un', 'north-korea', 'korean-central-news-agency', 'russia', 'ukraine', 'kursk-oblast', 'south-korea', 'united-states', 'donald-trump', 'vladimir-putin', 'volodymyr-zelenskyy']) {
      expect(ids, id).toContain(id);
    }
    const kim = page!.mentions.find((m) => m.text === 'Kim Jong Un')!;
    expect(kim).toMatchObject({ entity: 'kim-jong-un', type: 'person' });
    expect(page!.events.some((e) => e.relation === 'before' && e.date <= '2025-08-22')).toBe(true);
    expect(page!.events.some((e) => e.relation === 'after' && e.date > '2025-08-22')).toBe(true);
    for (const e of page!.events) expect(e.sources[0]!.url).toMatch(/^https:\/\//);
  }, 60_000);

  it('keeps the order given, reads plain text as it is, and names a file it cannot read while scanning the rest', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'backstory-scan-'));
    const plain = join(dir, 'note.txt');
    writeFileSync(plain, "Zelenskyy's visit to Kyiv.\n");
    const { status, stderr, lines } = scan(plain, join(dir, 'missing.html'), SEED_PAGE);
    expect(status).toBe(1);
    expect(stderr).toContain(`${join(dir, 'missing.html')}: cannot be read: ENOENT`);
    expect(lines.map((l) => l.file)).toEqual([plain, SEED_PAGE]);
    expect(lines[0]!.text).toBe("Zelenskyy's visit to Kyiv.\n");
    expect(lines[0]!.published).toBeNull();
    expect(lines[0]!.mentions.map((m) => [m.text, m.start, m.end])).toEqual([
      ['Zelenskyy', 0, 9],
      ['Kyiv', 21, 25],
    ]);
  }, 60_000);

  it('scans 50 files in one process, every mention complete', () => {
    const pages = readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => `${PAGES}${f}`);
    const files = Array.from({ length: 50 }, (_, i) => pages[i % pages.length]!);
    const { status, lines } = scan(...files);
    expect(status).toBe(0);
    expect(lines).toHaveLength(50);
    for (const line of lines) {
      for (const m of line.mentions) {
        expect(['person', 'country', 'place', 'organization']).toContain(m.type);
        expect(typeof m.entity === 'string' && typeof m.name === 'string' && m.end > m.start).toBe(true);
      }
    }
  }, 120_000);
});
