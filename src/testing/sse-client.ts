/** One Server-Sent Event as a browser's EventSource would see it. */
export interface ReceivedEvent {
  id: string | null;
  event: string;
  data: string;
  /** performance.now() when it arrived, for latency figures. */
  receivedAt: number;
}

export interface TestStream {
  status: number;
  headers: Headers;
  /** The error body when the server refused the stream. */
  body: string;
  events: ReceivedEvent[];
  comments: string[];
  /** The last `id:` seen, as EventSource keeps it for Last-Event-ID. */
  lastEventId(): string | null;
  /** Waits until `predicate` holds for the received events (or throws after `timeoutMs`). */
  waitFor(predicate: (events: ReceivedEvent[]) => boolean, timeoutMs?: number): Promise<void>;
  waitForComments(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  close(): void;
}

/** A small EventSource for tests: real HTTP, real parsing of `id:`/`event:`/`data:` lines and comments. */
export async function openTestStream(url: string, options: { cookie?: string; lastEventId?: string } = {}): Promise<TestStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.lastEventId) headers['last-event-id'] = options.lastEventId;
  const response = await fetch(url, { headers, signal: controller.signal });
  const events: ReceivedEvent[] = [];
  const comments: string[] = [];
  let lastId: string | null = options.lastEventId ?? null;
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of [...waiters]) waiter();
  };

  if (response.status !== 200 || !response.body) {
    const body = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body,
      events,
      comments,
      lastEventId: () => lastId,
      waitFor: () => Promise.reject(new Error(`stream refused: ${response.status} ${body}`)),
      waitForComments: () => Promise.reject(new Error('stream refused')),
      ended: Promise.resolve(),
      close() {},
    };
  }

  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    let current: { id: string | null; event: string; data: string[] } = { id: null, event: 'message', data: [] };
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let newline = buffer.indexOf('\n');
        while (newline >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          if (line === '') {
            if (current.data.length > 0) {
              if (current.id !== null) lastId = current.id;
              events.push({ id: current.id, event: current.event, data: current.data.join('\n'), receivedAt: performance.now() });
            }
            current = { id: null, event: 'message', data: [] };
          } else if (line.startsWith(':')) comments.push(line.slice(1).trim());
          else {
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') current.id = value;
            else if (field === 'event') current.event = value;
            else if (field === 'data') current.data.push(value);
          }
          newline = buffer.indexOf('\n');
        }
        notify();
      }
    } catch {
      // aborted by close()
    }
    notify();
  })();
  let isEnded = false;
  void ended.then(() => {
    isEnded = true;
    notify();
  });

  function wait(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = () => {
        if (check()) {
          clearTimeout(timer);
          waiters.delete(waiter);
          resolve();
        } else if (isEnded) {
          clearTimeout(timer);
          waiters.delete(waiter);
          reject(new Error(`stream ended before ${what}; got ${events.length} events`));
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error(`timed out waiting for ${what}; got ${events.length} events`));
      }, timeoutMs);
      waiters.add(waiter);
    });
  }

  return {
    status: response.status,
    headers: response.headers,
    body: '',
    events,
    comments,
    lastEventId: () => lastId,
    waitFor: (predicate, timeoutMs = 5_000) => wait(() => predicate(events), timeoutMs, 'the expected events'),
    waitForComments: (count, timeoutMs = 5_000) => wait(() => comments.length >= count, timeoutMs, `${count} comments`),
    ended,
    close: () => controller.abort(),
  };
}
