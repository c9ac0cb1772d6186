import { readFileSync } from 'node:fs';
import { launchWithExtension, waitForHighlights } from '../scripts/lib/browser';
import { startPageServer } from '../scripts/lib/server';

/**
 * What Backstory costs a reader on a real page: V8's sampling profiler on the page's main thread from navigation
 * until the highlights are drawn, counting the samples whose stack holds one of our frames (chrome-extension://),
 * against all the page's own script time in the same run (../shared/guide/PERFORMANCE.md explains why this works
 * where task timings do not).
 */

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface PageCost {
  page: string;
  ourMs: number;
  pageScriptMs: number;
  highlights: number;
}

function attribute(profile: Profile): { ourMs: number; pageScriptMs: number } {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const result = node.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  let ourUs = 0;
  let scriptUs = 0;
  profile.samples.forEach((id, i) => {
    const name = byId.get(id)!.callFrame.functionName;
    if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') return;
    const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time is the gap to the next one
    if (isOurs(id)) ourUs += dt;
    else scriptUs += dt;
  });
  return { ourMs: ourUs / 1000, pageScriptMs: scriptUs / 1000 };
}

export async function pageCosts(pages: { url: string; file: string }[]): Promise<PageCost[] | string> {
  let server;
  let ext;
  try {
    server = await startPageServer();
    ext = await launchWithExtension({ serverPort: server.port });
  } catch (error) {
    await server?.close();
    return `skipped: ${(error as Error).message}`;
  }
  try {
    const out: PageCost[] = [];
    for (const { url, file } of pages) {
      server.route(url, file);
      const page = await ext.context.newPage();
      const cdp = await ext.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const highlights = await waitForHighlights(page).catch(() => 0);
      await page.waitForTimeout(300);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      out.push({ page: `${url} (${(readFileSync(file).length / 1e6).toFixed(1)} MB)`, highlights, ...attribute(profile) });
      await cdp.detach();
      await page.close();
    }
    return out;
  } finally {
    await ext.close();
    await server.close();
  }
}
