import type { EventText } from '../core/dataset/event-table';
import { installedForm, type InstalledPack } from '../core/dataset/installed-pack';
import type { Pack } from '../core/dataset/pack';

/**
 * Installed packs, in IndexedDB (the extension asks for `unlimitedStorage`: the whole Current Events record is tens
 * of megabytes). Each pack is one record in `packs` — its entities, and its events in columns without their words —
 * and its events' words in blocks in `texts`, keyed by pack id and block number: a worker starts by reading the small
 * records only, and reads the blocks of the few events a card shows (ADR: the whole record as a pack).
 */
export interface StoredPack {
  id: string;
  pack: Pack;
  installed: string;
}

const DB = 'backstory';
const PACKS = 'packs';
const TEXTS = 'texts';
const VERSION = 2;

let connection: Promise<IDBDatabase> | undefined;

/**
 * The database, opened once per worker life and kept: opening it costs a fresh worker tens of milliseconds, and a
 * card with pack events reads their words from it. Opened again if the browser closes it, or if another version
 * asks for it (the connection steps aside, as a version change needs).
 */
function open(): Promise<IDBDatabase> {
  connection ??= openDatabase().then((db) => {
    const forget = () => {
      db.close();
      connection = undefined;
    };
    db.onversionchange = forget;
    db.onclose = () => {
      connection = undefined;
    };
    return db;
  });
  connection.catch(() => {
    connection = undefined; // the next request tries again
  });
  return connection;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, VERSION);
    request.onupgradeneeded = (change) => {
      const db = request.result;
      if (change.oldVersion < 1) db.createObjectStore(PACKS, { keyPath: 'id' });
      const texts = db.createObjectStore(TEXTS);
      if (change.oldVersion >= 1) {
        // Packs installed by version 1 kept their events whole: split them in the upgrade's own transaction.
        const packs = request.transaction!.objectStore(PACKS);
        packs.openCursor().onsuccess = (e) => {
          const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
          if (!cursor) return;
          const old = cursor.value as StoredPack;
          const { record, texts: blocks } = installedForm(old.pack, old.id, old.installed);
          cursor.update(record);
          blocks.forEach((block, n) => texts.put(block, [old.id, n]));
          cursor.continue();
        };
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('cannot open IndexedDB'));
  });
}

async function transaction<T>(stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => () => T): Promise<T> {
  let db = await open();
  let tx: IDBTransaction;
  try {
    tx = db.transaction(stores, mode);
  } catch {
    // The kept connection was closing (the browser's doing): open it again, once.
    connection = undefined;
    db = await open();
    tx = db.transaction(stores, mode);
  }
  return new Promise<T>((resolve, reject) => {
    const result = work(tx);
    tx.oncomplete = () => resolve(result());
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

const textKeys = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

export const listStoredPacks = (): Promise<InstalledPack[]> =>
  transaction([PACKS], 'readonly', (tx) => {
    const request = tx.objectStore(PACKS).getAll() as IDBRequest<InstalledPack[]>;
    return () => request.result;
  });

/** Told how many of the pack's events are written so far, out of all of them. */
export type WriteProgress = (written: number, total: number) => void;

/**
 * Writes a pack, replacing one of the same id, in one transaction: a failure leaves what was installed. `onWritten`
 * hears of each block of events as the database has written it (in the transaction, before its commit).
 */
export const putStoredPack = ({ id, pack, installed }: StoredPack, onWritten?: WriteProgress): Promise<void> =>
  transaction([PACKS, TEXTS], 'readwrite', (tx) => {
    const { record, texts } = installedForm(pack, id, installed);
    const store = tx.objectStore(TEXTS);
    store.delete(textKeys(id));
    tx.objectStore(PACKS).put(record);
    const total = pack.events.length;
    let written = 0;
    texts.forEach((block, n) => {
      const request = store.put(block, [id, n]);
      if (onWritten)
        request.onsuccess = () => {
          written += block.length;
          onWritten(written, total);
        };
    });
    return () => undefined;
  });

export const deleteStoredPack = (id: string): Promise<void> =>
  transaction([PACKS, TEXTS], 'readwrite', (tx) => {
    tx.objectStore(PACKS).delete(id);
    tx.objectStore(TEXTS).delete(textKeys(id));
    return () => undefined;
  });

/** The text blocks asked for, by `${packId} ${block}`; a block that is gone is left out. */
export const readTextBlocks = (wanted: readonly { id: string; block: number }[]): Promise<Map<string, EventText[]>> =>
  transaction([TEXTS], 'readonly', (tx) => {
    const out = new Map<string, EventText[]>();
    const store = tx.objectStore(TEXTS);
    for (const { id, block } of wanted) {
      const request = store.get([id, block]) as IDBRequest<EventText[] | undefined>;
      request.onsuccess = () => {
        if (request.result) out.set(`${id} ${block}`, request.result);
      };
    }
    return () => out;
  });
