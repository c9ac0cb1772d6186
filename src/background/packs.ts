import { ext as browser } from '../send';
import { packInfo, validatePack, type Pack, type PackCheck, type PackInfo } from '../core/dataset/pack';
import type { CompiledEntity } from '../core/dataset/types';
import { formatProblem } from '../core/dataset/types';
import type { InstallResult, PackProgress } from '../messages';
import { getBaseDataset, invalidateEngine } from './engine-loader';
import { eventIdsOf, mergePacks } from './merge-packs';
import { deleteStoredPack, listStoredPacks, putStoredPack, type WriteProgress } from './pack-store';
import { eventTableOf } from '../core/dataset/event-table';
import type { InstalledPack } from '../core/dataset/installed-pack';

/** Installing and removing packs. A pack is checked against everything installed before anything is written. */

export async function listPacks(): Promise<PackInfo[]> {
  const stored = await listStoredPacks();
  await browser.storage.local.set({ packCount: stored.length }); // lets a fresh worker skip IndexedDB when there are none
  const base = new Map((await getBaseDataset()).entities.map((e) => [e.id, e]));
  return stored.map((p) => packInfo(p, p.id, base)).sort((a, b) => a.name.localeCompare(b.name));
}

function packId(name: string, created: string): string {
  return `${name}|${created}`;
}

async function check(raw: unknown, fileName: string): Promise<{ pack?: Pack; id?: string; info?: PackInfo; problems: string[]; stored: InstalledPack[] }> {
  const stored = await listStoredPacks();
  const installed = mergePacks(await getBaseDataset(), stored);
  const entities = new Map<string, CompiledEntity>(installed.dataset.entities.map((e) => [e.id, e]));
  const { pack, problems } = validatePack(raw, fileName, { entities, eventIds: eventIdsOf(installed) });
  if (!pack) return { problems: problems.map(formatProblem), stored };
  const id = packId(pack.name, pack.created);
  if (stored.some((p) => p.id === id)) return { problems: [`${fileName}: (pack): name: "${pack.name}" of ${pack.created} is already installed`], stored };
  return { pack, id, info: packInfo({ header: pack, entities: pack.entities, table: eventTableOf(pack.events) }, id, entities), problems: [], stored };
}

/** What installing a pack would do, without installing it: the options page shows it first. */
export async function checkPack(raw: unknown, fileName: string): Promise<PackCheck> {
  const { info, problems } = await check(raw, fileName);
  return info ? { ok: true, pack: info } : { ok: false, problems };
}

/** At most this many progress messages for one install: enough for a bar to move smoothly, few enough to be cheap. */
const PROGRESS_STEPS = 100;

/** Tells the extension's pages how far an install has gone; a page that is gone (or none listening) is no error. */
function progressReporter(fileName: string): WriteProgress {
  let last = -1;
  return (written, total) => {
    const step = Math.floor((written / Math.max(total, 1)) * PROGRESS_STEPS);
    if (step === last && written < total) return;
    last = step;
    const message: PackProgress = { type: 'packProgress', fileName, written, total };
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
}

export async function installPack(raw: unknown, fileName: string): Promise<InstallResult> {
  const { pack, id, info, problems, stored } = await check(raw, fileName);
  if (!pack || !id || !info) return { ok: false, problems };
  await putStoredPack({ id, pack, installed: new Date().toISOString() }, progressReporter(fileName));
  await browser.storage.local.set({ packCount: stored.length + 1 });
  invalidateEngine();
  return { ok: true, pack: info };
}

export async function removePack(id: string): Promise<PackInfo[]> {
  await deleteStoredPack(id);
  invalidateEngine();
  return listPacks();
}

/** On install and update: count the packs once, so that later worker starts know whether to open IndexedDB. */
export function countPacks(): void {
  void listPacks();
}
