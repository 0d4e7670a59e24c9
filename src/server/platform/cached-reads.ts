/**
 * Reads kept in memory for a moment (decision 0038). Each kind of read names the tables it depends on;
 * a committed write to one of them drops that kind at once on this server (the unit of work says so
 * before it answers) and on the others through the live bus. An entry also dies after `ttlMs`, the bound
 * when an announcement is lost. A read that was in flight while such a write committed is not kept.
 */
import type { LiveBus } from './live/live-bus.js';

/** The live-bus topic on which servers tell each other which cached tables a commit wrote. */
export const CACHED_TABLES_TOPIC = 'platform.cached-tables';
export const CACHED_TABLES_WRITTEN = 'platform.tables_written';

interface Entry<V> {
  value: V;
  storedAt: number;
}

export class CachedReadKind<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private generation = 0;

  constructor(
    readonly tables: ReadonlySet<string>,
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Reads the database through `load` when nothing fresh is kept; keeps the answer unless a write landed meanwhile. */
  async through(key: string, load: () => Promise<V | undefined>): Promise<V | undefined> {
    const kept = this.get(key);
    if (kept !== undefined) return kept;
    const before = this.generation;
    const storedAt = this.now();
    const value = await load();
    if (value !== undefined && before === this.generation && this.ttlMs > 0) {
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { value, storedAt });
    }
    return value;
  }

  /** For a change this server made to one entry itself (e.g. the session's last-seen time). */
  update(key: string, change: (value: V) => V): void {
    const entry = this.entries.get(key);
    if (entry) entry.value = change(entry.value);
  }

  forget(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}

export class CachedReads {
  private readonly kinds: CachedReadKind<unknown>[] = [];

  constructor(
    readonly ttlMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  kind<V>(tables: string[], maxEntries = 10_000): CachedReadKind<V> {
    const kind = new CachedReadKind<V>(new Set(tables), this.ttlMs, maxEntries, this.now);
    this.kinds.push(kind as CachedReadKind<unknown>);
    return kind;
  }

  private readonly named = new Map<string, CachedReadKind<unknown>>();

  /** The kind of this name, made on first use with these tables. */
  kindNamed<V>(name: string, tables: string[]): CachedReadKind<V> {
    let kind = this.named.get(name);
    if (!kind) {
      kind = this.kind<unknown>(tables);
      this.named.set(name, kind);
    }
    return kind as CachedReadKind<V>;
  }

  /** The cached tables among those a transaction wrote (empty for nearly every transaction). */
  watched(tables: Iterable<string>): string[] {
    return [...tables].filter((table) => this.kinds.some((kind) => kind.tables.has(table)));
  }

  tablesWritten(tables: Iterable<string>): void {
    const written = [...tables];
    for (const kind of this.kinds) if (written.some((table) => kind.tables.has(table))) kind.clear();
  }

  /** The bus may have missed announcements (its listener was cut): nothing kept can be trusted. */
  clearAll(): void {
    for (const kind of this.kinds) kind.clear();
  }
}

/** Each server drops what another server's commit changed, and everything when its listener was cut. */
export function followCachedTables(reads: CachedReads, bus: LiveBus): () => void {
  const stopEvents = bus.subscribe(CACHED_TABLES_TOPIC, (event) => {
    if (event.type === CACHED_TABLES_WRITTEN) reads.tablesWritten(String(event.data.tables ?? '').split(','));
  });
  const stopResync = bus.onResync(() => reads.clearAll());
  return () => {
    stopEvents();
    stopResync();
  };
}
