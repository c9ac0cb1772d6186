import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { datasetCommand } from '../scripts/cli/dataset';
import { captureIO } from '../scripts/cli/io';
import { launchWithExtension, stopServiceWorker, tabIdOf, waitForHighlights, type ExtensionBrowser } from '../scripts/lib/browser';
import { SHARED_CURRENT_EVENTS } from '../scripts/lib/current-events';
import { startPageServer } from '../scripts/lib/server';
import type { EngineStatus } from '../src/messages';

/**
 * The whole Current Events record as one pack, in Chromium: the time to install it from the options page, then, in
 * rounds that alternate between a browser with it installed and one with the bundled data alone, the service worker's
 * cold start to its first answer, a card's answer time on the demo article, and the worker's JS heap. Absolute
 * figures depend on the machine's load; the ratios to the bundled-only browser, measured in the same rounds, less so.
 */

const DEMO_URL = 'https://www.theguardian.com/world/asia/2025/08/22/kim-medals-kursk';
const DEMO_FILE = new URL('../demo/kim-medals.html', import.meta.url).pathname;
/** Names of the demo article: a country with tens of thousands of events in the record, and people with a few. */
const CARD_ENTITIES = ['united-states', 'russia', 'north-korea', 'vladimir-putin', 'kim-jong-un', 'donald-trump', 'ukraine', 'volodymyr-zelenskyy'];
const GOALS = { coldStartMs: 300, cardMs: 20, heapMb: 150, installS: 30 };

interface Round {
  coldStartMs: number;
  readyMs: number;
  cardMs: number;
  /** The first of the cards, which pays for what the worker leaves until a card needs it. */
  firstCardMs: number;
  heapMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The worker's own CDP target, reached through a page's session (Playwright opens none for service workers). */
async function workerHeapMb(cdp: CDPSession): Promise<number> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
  const target = targetInfos.find((t) => t.type === 'service_worker');
  if (!target) throw new Error('no service worker target');
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
  let next = 1;
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      const id = next++;
      const listener = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
        if (e.sessionId === sessionId && m.id === id) {
          cdp.off('Target.receivedMessageFromTarget', listener);
          resolve(m.result ?? {});
        }
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize } = await call('Runtime.getHeapUsage');
  await cdp.send('Target.detachFromTarget', { sessionId });
  return (usedSize ?? 0) / 1e6;
}

function stopWorker(page: Page, ext: ExtensionBrowser): Promise<void> {
  return stopServiceWorker(ext.context, page);
}

class Profile {
  private constructor(
    readonly label: string,
    readonly ext: ExtensionBrowser,
    private readonly options: Page,
    private readonly tabId: number,
  ) {}

  static async open(label: string, serverPort: number, packFile?: string, dist?: string): Promise<{ profile: Profile; installS?: number }> {
    const ext = await launchWithExtension({ serverPort, dist });
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    let installS: number | undefined;
    if (packFile) {
      const started = Date.now();
      await options.setInputFiles('[data-testid="pack-file"]', packFile);
      await options.waitForSelector('[data-testid="pack-list"]', { timeout: 600_000 });
      installS = (Date.now() - started) / 1000;
    }
    const article = await ext.context.newPage();
    await article.goto(DEMO_URL);
    await waitForHighlights(article);
    return { profile: new Profile(label, ext, options, await tabIdOf(ext, article)), installS };
  }

  async round(): Promise<Round> {
    await stopWorker(this.options, this.ext);
    const started = Date.now();
    const status = await this.options.evaluate(() => chrome.runtime.sendMessage({ type: 'status', payload: {} }) as Promise<EngineStatus>);
    const coldStartMs = Date.now() - started;
    const cardTimes = await this.options.evaluate(
      async ({ entities, tabId }) => {
        const times: number[] = [];
        for (const entity of entities) {
          const t0 = performance.now();
          await chrome.runtime.sendMessage({ type: 'card', payload: { entity, tabId } });
          times.push(performance.now() - t0);
        }
        return times;
      },
      { entities: CARD_ENTITIES, tabId: this.tabId },
    );
    const cdp = await this.ext.context.newCDPSession(this.options);
    const heapMb = await workerHeapMb(cdp);
    await cdp.detach();
    return { coldStartMs, readyMs: status.readyMs, cardMs: median(cardTimes), firstCardMs: cardTimes[0]!, heapMb };
  }
}

/**
 * With `baseline` (another build's dist/chrome), that build gets its own two browsers, bundled and with the record,
 * in the same alternating rounds, and the figures of both builds are printed with their ratios.
 */
export async function packScale(rounds = 5, baseline?: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-pack-scale-'));
  const server = await startPageServer();
  server.route(DEMO_URL, DEMO_FILE);
  const profiles: Profile[] = [];
  try {
    const io = captureIO();
    if (datasetCommand(['import-current-events', SHARED_CURRENT_EVENTS], io) !== 0) return [`skipped: the import failed: ${io.stderr()}`];
    const packFile = join(dir, 'current-events-whole.json');
    writeFileSync(packFile, io.stdout());
    const bundled = await Profile.open('bundled data alone', server.port);
    profiles.push(bundled.profile);
    const whole = await Profile.open('with the whole record', server.port, packFile);
    profiles.push(whole.profile);
    const base = baseline ? { bundled: (await Profile.open('baseline, bundled', server.port, undefined, baseline)).profile, whole: await Profile.open('baseline, whole record', server.port, packFile, baseline) } : undefined;
    if (base) profiles.push(base.bundled, base.whole.profile);
    const results = new Map<Profile, Round[]>(profiles.map((p) => [p, []]));
    for (let r = 0; r < rounds; r++) for (const p of profiles) results.get(p)!.push(await p.round());
    const figure = (p: Profile, key: keyof Round) => median(results.get(p)!.map((x) => x[key]));
    const row = (name: string, key: keyof Round, unit: string, goal?: number) => {
      const a = figure(bundled.profile, key);
      const b = figure(whole.profile, key);
      const verdict = goal === undefined ? '' : b <= goal ? `  goal ≤ ${goal} ${unit}: met` : `  goal ≤ ${goal} ${unit}: NOT met`;
      return `${name.padEnd(38)}${`${a.toFixed(1)} ${unit}`.padStart(12)}${`${b.toFixed(1)} ${unit}`.padStart(14)}${`${(b / a).toFixed(2)}×`.padStart(9)}${verdict}`;
    };
    const installS = whole.installS ?? NaN;
    const compared = (name: string, key: keyof Round, unit: string) => {
      const [a, b, c, d] = [bundled.profile, whole.profile, base!.bundled, base!.whole.profile].map((p) => figure(p, key));
      const cell = (x: number) => `${x.toFixed(1)} ${unit}`.padStart(11);
      return `${name.padEnd(38)}${cell(a!)}${cell(c!)}${`${(a! / c!).toFixed(2)}×`.padStart(8)}${cell(b!)}${cell(d!)}${`${(b! / d!).toFixed(2)}×`.padStart(8)}`;
    };
    const againstBaseline = base
      ? [
          `Against the baseline ${baseline} (installed in ${(base.whole.installS ?? NaN).toFixed(1)} s), same rounds:`,
          `${''.padEnd(38)}${'bundled:'.padStart(11)}${'baseline'.padStart(11)}${'ratio'.padStart(8)}${'record:'.padStart(11)}${'baseline'.padStart(11)}${'ratio'.padStart(8)}`,
          compared('cold start to first answer', 'coldStartMs', 'ms'),
          compared('  of which the worker, start to ready', 'readyMs', 'ms'),
          compared(`card answer (median of ${CARD_ENTITIES.length} names)`, 'cardMs', 'ms'),
          compared('first card after the start', 'firstCardMs', 'ms'),
          compared('service worker JS heap', 'heapMb', 'MB'),
        ]
      : [];
    return [
      `Pack: ${(io.stdout().length / 1e6).toFixed(1)} MB; ${io.stderr().trim()}`,
      `Installed from the options page in ${installS.toFixed(1)} s (goal < ${GOALS.installS} s: ${installS < GOALS.installS ? 'met' : 'NOT met'})`,
      `Median of ${rounds} alternating rounds:`,
      `${''.padEnd(38)}${'bundled'.padStart(12)}${'whole record'.padStart(14)}${'ratio'.padStart(9)}`,
      row('cold start to first answer', 'coldStartMs', 'ms', GOALS.coldStartMs),
      row('  of which the worker, start to ready', 'readyMs', 'ms'),
      row(`card answer (median of ${CARD_ENTITIES.length} names)`, 'cardMs', 'ms', GOALS.cardMs),
      row('  the first of them', 'firstCardMs', 'ms'),
      row('service worker JS heap', 'heapMb', 'MB', GOALS.heapMb),
      ...againstBaseline,
    ];
  } finally {
    for (const p of profiles) await p.ext.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  for (const line of await packScale()) console.log(line);
}
