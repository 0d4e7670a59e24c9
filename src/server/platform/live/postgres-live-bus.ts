import { type Kysely, sql } from 'kysely';
import type pg from 'pg';
import { loadPg } from '../../../db/load-pg.js';
import type { Database } from '../../../db/schema.js';
import { type Logger, silentLogger } from '../logger.js';
import { encodeLiveEvent, type LiveBus, type LiveEvent, MAX_PAYLOAD_BYTES, TopicHandlers } from './live-bus.js';

export const DEFAULT_LIVE_CHANNEL = 'holdspace_live';

export interface PostgresLiveBusOptions {
  /** The app's pool: announcements go out through it, so the listener connection only listens. */
  db: Kysely<Database>;
  /** One channel per installation (tests give each schema its own, since NOTIFY spans the database). */
  channel?: string;
  log?: Logger;
  /** First wait before reconnecting; it doubles (with jitter) up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** A silently dead connection (a cut network) sends no error; a ping this often finds it. */
  pingMs?: number;
}

export interface PostgresLiveBus extends LiveBus {
  /** Resolves once the listener is connected and listening (at once if it is now). */
  whenListening(): Promise<void>;
  /** The listener's backend process id, for operators (and the test that cuts it). */
  listenerPid(): number | null;
}

/**
 * Several app servers on one PostgreSQL: each keeps one dedicated connection that LISTENs on one
 * channel; an announcement is a NOTIFY carrying the event's topic, number, type and ids. A lost
 * connection is re-opened with backoff and re-LISTENs; since anything announced meanwhile was missed,
 * subscribers are then told to resync from `live_events`.
 */
export function postgresLiveBus(url: string, options: PostgresLiveBusOptions): PostgresLiveBus {
  const channel = options.channel ?? DEFAULT_LIVE_CHANNEL;
  const log = options.log ?? silentLogger;
  const backoffMs = options.backoffMs ?? 250;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  const handlers = new TopicHandlers((err, event) => log.error({ err, topic: event.topic, type: event.type }, 'live handler failed'));

  let client: pg.Client | null = null;
  let closed = false;
  let failures = 0;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let waiting: (() => void)[] = [];
  const dead = new WeakSet<pg.Client>();

  function onNotification(message: pg.Notification) {
    if (message.channel !== channel || !message.payload) return;
    const event = decode(message.payload);
    if (event) handlers.deliver(event);
    else log.warn({ channel }, 'ignored a live notification that was not an event');
  }

  async function open(): Promise<void> {
    reconnectTimer = null;
    if (closed) return;
    // Loaded here, not at start: only a PostgreSQL installation runs this bus (0037).
    const next = new (loadPg().Client)({
      connectionString: url,
      keepAlive: true,
      application_name: 'holdspace-live',
    });
    next.on('notification', onNotification);
    next.on('error', (err) => lost(next, err));
    next.on('end', () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${quoteIdent(channel)}`);
    } catch (err) {
      lost(next, err);
      return;
    }
    if (dead.has(next)) return; // dropped between LISTEN and here; a reconnect is already scheduled
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    if (failures > 0) log.info({ channel, failures }, 'live listener is back; streams catch up from the event log');
    failures = 0;
    for (const resolve of waiting) resolve();
    waiting = [];
    // Whatever was announced while nobody listened is in live_events: every stream re-reads from its last.
    handlers.resyncAll();
  }

  function lost(which: pg.Client, err?: unknown) {
    if (dead.has(which)) return;
    dead.add(which);
    const wasListening = client === which;
    if (wasListening) client = null;
    which.removeAllListeners('notification');
    which.removeAllListeners('end');
    which.removeAllListeners('error');
    which.on('error', () => {}); // a dying socket may still report; nobody needs it now
    which.end().catch(() => {});
    if (closed || reconnectTimer) return;
    if (wasListening) log.warn({ err, channel }, 'live listener lost its connection; reconnecting');
    failures += 1;
    const base = Math.min(maxBackoffMs, backoffMs * 2 ** Math.min(failures - 1, 16));
    reconnectTimer = setTimeout(() => void open(), base / 2 + Math.random() * (base / 2));
  }

  const pingTimer = setInterval(() => {
    const current = client;
    if (!current) return;
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('live listener ping timed out')), 5_000).unref());
    Promise.race([current.query('select 1'), timeout]).catch((err) => lost(current, err));
  }, options.pingMs ?? 10_000);
  pingTimer.unref();

  void open();

  return {
    commitChannel: channel,
    async publish(event: LiveEvent) {
      const payload = encodeLiveEvent(event);
      if (Buffer.byteLength(payload, 'utf8') > MAX_PAYLOAD_BYTES) throw new Error(`live event ${event.type} is too large to announce`);
      await sql`select pg_notify(${channel}, ${payload})`.execute(options.db);
    },
    subscribe: (topic, handler) => handlers.subscribe(topic, handler),
    onResync: (handler) => handlers.onResync(handler),
    whenListening() {
      if (client) return Promise.resolve();
      return new Promise((resolve) => waiting.push(resolve));
    },
    listenerPid: () => (client as (pg.Client & { processID?: number }) | null)?.processID ?? null,
    async close() {
      closed = true;
      clearInterval(pingTimer);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const current = client;
      client = null;
      handlers.clear();
      if (current) {
        current.removeAllListeners('end');
        await current.end().catch(() => {});
      }
    },
  };
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function decode(payload: string): LiveEvent | null {
  try {
    const value = JSON.parse(payload) as Partial<LiveEvent>;
    if (typeof value.topic !== 'string' || typeof value.seq !== 'number' || typeof value.type !== 'string') return null;
    return { topic: value.topic, seq: value.seq, type: value.type, data: value.data ?? {}, at: value.at ?? '' };
  } catch {
    return null;
  }
}
