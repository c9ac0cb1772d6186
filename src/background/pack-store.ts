import type { Pack } from '../core/dataset/pack';

/**
 * Installed packs, in IndexedDB (the extension asks for `unlimitedStorage`: a decade of the Current Events record
 * is tens of megabytes). One record per pack, keyed by its id.
 */
export interface StoredPack {
  id: string;
  pack: Pack;
  installed: string;
}

const DB = 'backstory';
const STORE = 'packs';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('cannot open IndexedDB'));
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

export const listStoredPacks = (): Promise<StoredPack[]> => run('readonly', (s) => s.getAll() as IDBRequest<StoredPack[]>);
export const putStoredPack = (record: StoredPack): Promise<IDBValidKey> => run('readwrite', (s) => s.put(record));
export const deleteStoredPack = (id: string): Promise<undefined> => run('readwrite', (s) => s.delete(id));
