/**
 * Live updates between devices. A use case publishes through its unit of work: the event is stored in
 * `live_events` in the same transaction (so it exists exactly when the change committed) and announced
 * on the bus after commit. A stream subscribes to a topic. Messages carry ids and small facts, never
 * clinical text, because on PostgreSQL they travel through NOTIFY (about 8 KB at most) and may be
 * logged by a proxy.
 */
export interface LiveMessage {
  /** What happened, e.g. `session.entry_added`. */
  type: string;
  /** Ids and codes only. */
  data: Record<string, string | number | boolean | null>;
}

/** A committed, numbered event: `seq` counts 1, 2, 3… within its topic, with no gaps. */
export interface LiveEvent extends LiveMessage {
  topic: string;
  seq: number;
  at: string;
}

export type LiveHandler = (event: LiveEvent) => void;

export interface LiveBus {
  /** Announces an event that has already committed (the unit of work calls this, nothing else should). */
  publish(event: LiveEvent): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(topic: string, handler: LiveHandler): () => void;
  /**
   * Called when announcements may have been missed (the listener lost its connection and is back):
   * every stream then re-reads `live_events` from the last event it delivered. Returns the unsubscribe.
   */
  onResync(handler: () => void): () => void;
  close(): Promise<void>;
  /**
   * PostgreSQL: the NOTIFY channel, when announcements are made inside the writing transaction (delivered
   * by PostgreSQL at commit, never for a rollback) instead of by `publish` after it.
   */
  readonly commitChannel?: string;
}

/** NOTIFY refuses payloads of 8,000 bytes or more; stay well clear so an announcement is never lost to size. */
export const MAX_PAYLOAD_BYTES = 7_500;

export class LivePayloadTooLargeError extends Error {
  constructor(topic: string, type: string, bytes: number) {
    super(`Live event ${type} on ${topic} is ${bytes} bytes; events carry ids only and must stay under ${MAX_PAYLOAD_BYTES}.`);
  }
}

export function encodeLiveEvent(event: LiveEvent): string {
  return JSON.stringify({ topic: event.topic, seq: event.seq, type: event.type, data: event.data, at: event.at });
}

/** A type becomes an SSE `event:` line, so it is a plain name such as `session.entry_added`. */
const EVENT_TYPE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

/** Refused when published, inside the transaction, so a malformed or oversized event rolls its change back visibly. */
export function assertLivePayloadFits(topic: string, message: LiveMessage): void {
  if (!EVENT_TYPE.test(message.type) || message.type.startsWith('live.'))
    throw new Error(`Live event type ${JSON.stringify(message.type)} must look like feature.what_happened (live.* is the stream's own).`);
  const probe: LiveEvent = { ...message, topic, seq: Number.MAX_SAFE_INTEGER, at: '2026-01-01T00:00:00.000Z' };
  const bytes = Buffer.byteLength(encodeLiveEvent(probe), 'utf8');
  if (bytes > MAX_PAYLOAD_BYTES) throw new LivePayloadTooLargeError(topic, message.type, bytes);
}

/** Topic → handlers, shared by both buses. A throwing handler is isolated from the others. */
export class TopicHandlers {
  private readonly byTopic = new Map<string, Set<LiveHandler>>();
  private readonly resync = new Set<() => void>();

  constructor(private readonly onHandlerError: (err: unknown, event: LiveEvent) => void = () => {}) {}

  subscribe(topic: string, handler: LiveHandler): () => void {
    const set = this.byTopic.get(topic) ?? new Set<LiveHandler>();
    this.byTopic.set(topic, set);
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size === 0 && this.byTopic.get(topic) === set) this.byTopic.delete(topic);
    };
  }

  onResync(handler: () => void): () => void {
    this.resync.add(handler);
    return () => this.resync.delete(handler);
  }

  deliver(event: LiveEvent): void {
    for (const handler of [...(this.byTopic.get(event.topic) ?? [])]) {
      try {
        handler(event);
      } catch (err) {
        this.onHandlerError(err, event);
      }
    }
  }

  resyncAll(): void {
    for (const handler of [...this.resync]) handler();
  }

  get topicCount(): number {
    return this.byTopic.size;
  }

  clear(): void {
    this.byTopic.clear();
    this.resync.clear();
  }
}

/** One process (SQLite, or tests): committed events go straight to this process's subscribers. */
export function inProcessLiveBus(): LiveBus {
  const handlers = new TopicHandlers();
  return {
    async publish(event) {
      handlers.deliver(event);
    },
    subscribe: (topic, handler) => handlers.subscribe(topic, handler),
    onResync: (handler) => handlers.onResync(handler),
    async close() {
      handlers.clear();
    },
  };
}
