import { byId, type OutboxRecord, type OutboxStore } from './outbox-store';

/**
 * The outbox in IndexedDB, through the raw API (the `idb` package is not installed). One object store
 * keyed by the entry id, with an index on the session.
 */
const DB_NAME = 'holdspace-console';
const STORE = 'outbox';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: 'entry.id' });
      store.createIndex('session', 'sessionId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export function idbOutboxStore(): OutboxStore {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => {
    db ??= open();
    return db;
  };
  const putMany = async (records: OutboxRecord[]) => {
    const tx = (await database()).transaction(STORE, 'readwrite');
    for (const record of records) tx.objectStore(STORE).put(record);
    await done(tx);
  };
  return {
    put: (record) => putMany([record]),
    putMany,
    async list(sessionId) {
      const tx = (await database()).transaction(STORE, 'readonly');
      const request = tx.objectStore(STORE).index('session').getAll(sessionId);
      const records = await new Promise<OutboxRecord[]>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as OutboxRecord[]);
        request.onerror = () => reject(request.error);
      });
      return records.sort(byId);
    },
  };
}
