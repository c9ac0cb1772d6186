import browser from 'webextension-polyfill';
import { packInfo, validatePack, type PackInfo } from '../core/dataset/pack';
import { formatProblem } from '../core/dataset/types';
import type { InstallResult } from '../messages';
import { getBaseDataset, invalidateEngine, mergePacks } from './engine-loader';
import { deleteStoredPack, listStoredPacks, putStoredPack } from './pack-store';

/** Installing and removing packs. A pack is checked against everything installed before anything is written. */

export async function listPacks(): Promise<PackInfo[]> {
  const stored = await listStoredPacks();
  await browser.storage.local.set({ packCount: stored.length }); // lets a fresh worker skip IndexedDB when there are none
  return stored.map((p) => packInfo(p.pack, p.id)).sort((a, b) => a.name.localeCompare(b.name));
}

function packId(name: string, created: string): string {
  return `${name}|${created}`;
}

export async function installPack(raw: unknown, fileName: string): Promise<InstallResult> {
  const stored = await listStoredPacks();
  const installed = mergePacks(await getBaseDataset(), stored);
  const { pack, problems } = validatePack(raw, fileName, {
    entities: new Map(installed.entities.map((e) => [e.id, e])),
    eventIds: new Set(installed.events.map((e) => e.id)),
  });
  if (!pack) return { ok: false, problems: problems.map(formatProblem) };
  const id = packId(pack.name, pack.created);
  if (stored.some((p) => p.id === id)) return { ok: false, problems: [`${fileName}: (pack): name: "${pack.name}" of ${pack.created} is already installed`] };
  await putStoredPack({ id, pack, installed: new Date().toISOString() });
  await browser.storage.local.set({ packCount: stored.length + 1 });
  invalidateEngine();
  return { ok: true, pack: packInfo(pack, id) };
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
