import type { ConsoleEntryBody } from '../../../contracts/session-console.contracts';

/**
 * What the console keeps on the device for one entry until the server has it. `refused` entries stay
 * (the server said no for a reason a retry cannot fix) so the person sees what did not go through.
 */
export interface OutboxRecord {
  sessionId: string;
  entry: ConsoleEntryBody;
  status: 'pending' | 'synced' | 'refused';
  /** Why the server refused it, in its words. */
  problem: string | null;
}

/** The storage the outbox needs; IndexedDB in the browser, a Map in tests. */
export interface OutboxStore {
  put(record: OutboxRecord): Promise<void>;
  putMany(records: OutboxRecord[]): Promise<void>;
  list(sessionId: string): Promise<OutboxRecord[]>;
}

export function memoryOutboxStore(): OutboxStore & { records: Map<string, OutboxRecord> } {
  const records = new Map<string, OutboxRecord>();
  return {
    records,
    async put(record) {
      records.set(record.entry.id, structuredClone(record));
    },
    async putMany(list) {
      for (const record of list) records.set(record.entry.id, structuredClone(record));
    },
    async list(sessionId) {
      return [...records.values()].filter((r) => r.sessionId === sessionId).sort(byId);
    },
  };
}

/** UUIDv7 ids sort by the time they were made on the device, so id order is logging order. */
export const byId = (a: OutboxRecord, b: OutboxRecord) => (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0);
