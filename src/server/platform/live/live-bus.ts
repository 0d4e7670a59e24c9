/**
 * Live updates between devices. A use case publishes through its unit of work (delivered only after
 * commit); a stream subscribes to a topic. Messages carry ids and small facts, never clinical text,
 * because on PostgreSQL they travel through NOTIFY (about 8 KB at most) and may be logged by a proxy.
 */
export interface LiveMessage {
  /** What happened, e.g. `session.entry_added`. */
  type: string;
  /** Ids and codes only. */
  data: Record<string, string | number | boolean | null>;
}

export type LiveHandler = (topic: string, message: LiveMessage) => void;

export interface LiveBus {
  publish(topic: string, message: LiveMessage): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(topic: string, handler: LiveHandler): () => void;
  close(): Promise<void>;
}

/** One process (SQLite, or tests): a map of topics to handlers. */
export function inProcessLiveBus(): LiveBus {
  const handlers = new Map<string, Set<LiveHandler>>();
  return {
    async publish(topic, message) {
      for (const handler of handlers.get(topic) ?? []) handler(topic, message);
    },
    subscribe(topic, handler) {
      const set = handlers.get(topic) ?? new Set<LiveHandler>();
      handlers.set(topic, set);
      set.add(handler);
      return () => {
        set.delete(handler);
        if (set.size === 0) handlers.delete(topic);
      };
    },
    async close() {
      handlers.clear();
    },
  };
}
