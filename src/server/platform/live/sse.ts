import type { ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../context.js';
import type { Deps } from '../deps.js';
import { invalidField, tooManyRequests, unauthenticated } from '../errors.js';
import type { LiveEvent } from './live-bus.js';
import { openLiveCursor } from './live-cursor.js';

export interface StreamOptions {
  /**
   * Decides who may watch what, throwing the usual errors (a record they may not see is a 404) before
   * anything is streamed, and names the topic. Reading client data here is audited like any read.
   */
  authorize(request: FastifyRequest, actor: Actor): Promise<{ topic: string }>;
  /** Whether the session is still open (idle and absolute limits); the auth feature provides it, so the kernel need not reach into it. */
  sessionStillActive(deps: Deps, sessionId: string, now: Date): Promise<boolean>;
  /** A comment line this often keeps proxies from closing a quiet stream. */
  heartbeatMs?: number;
  /** How often the session is re-checked (and the event log re-read as a safety net). */
  recheckMs?: number;
  /** Open streams one person may hold on this app server. */
  maxPerPerson?: number;
}

export const DEFAULT_HEARTBEAT_MS = 15_000;
export const DEFAULT_MAX_STREAMS_PER_PERSON = 8;
/** A reader this far behind is cut off; its device reconnects and catches up from the event log. */
const MAX_BUFFERED_BYTES = 256 * 1024;

/** Control events share the stream with the topic's own; their names cannot clash (topics' types have a dot). */
export const STREAM_READY = 'live.ready';
export const STREAM_RESET = 'live.reset';
export const STREAM_ENDED = 'live.ended';

interface Hub {
  perPerson: Map<string, number>;
  open: Set<() => void>;
}

const hubs = new WeakMap<Deps, Hub>();
const closingApps = new WeakSet<FastifyInstance>();

function hubFor(app: FastifyInstance, deps: Deps): Hub {
  const hub = hubs.get(deps) ?? { perPerson: new Map(), open: new Set() };
  hubs.set(deps, hub);
  if (!closingApps.has(app)) {
    closingApps.add(app);
    const streams = hub;
    // Open streams would hold app.close() forever: end them first; devices reconnect elsewhere.
    app.addHook('preClose', async () => {
      for (const end of [...streams.open]) end();
    });
  }
  return hub;
}

/**
 * A Server-Sent Events route handler for one live topic: `app.get(path, streamEvents(app, deps, {…}))`.
 * Errors (401, 400, 404, 429) are answered in the one error shape before the stream starts. The client
 * resumes from the last event it saw with `Last-Event-ID` (EventSource sends it when it reconnects) or
 * `?since=`; each event's `id:` is its number within the topic.
 */
export function streamEvents(app: FastifyInstance, deps: Deps, options: StreamOptions) {
  const hub = hubFor(app, deps);
  const timing = {
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    recheckMs: options.recheckMs ?? options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
  };
  const maxPerPerson = options.maxPerPerson ?? DEFAULT_MAX_STREAMS_PER_PERSON;

  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const actor = request.ctx.actor;
    if (!actor) throw unauthenticated();
    const since = readSince(request);
    const { topic } = await options.authorize(request, actor);
    const held = hub.perPerson.get(actor.userId) ?? 0;
    if (held >= maxPerPerson) throw tooManyRequests('You have many live views open. Please close one and try again.', 5);
    hub.perPerson.set(actor.userId, held + 1);
    reply.hijack();
    startEventStream(request, reply);
    runStream({ request, res: reply.raw, deps, hub, actor, topic, since, stillActive: options.sessionStillActive, ...timing });
  };
}

interface RunningStream {
  request: FastifyRequest;
  res: ServerResponse;
  deps: Deps;
  hub: Hub;
  actor: Actor;
  topic: string;
  since: number | null;
  stillActive: StreamOptions['sessionStillActive'];
  heartbeatMs: number;
  recheckMs: number;
}

/** From here on the answer is a stream: the cursor feeds it, timers keep it honest, and it cleans up once. */
function runStream({ request, res, deps, hub, actor, topic, since, stillActive, heartbeatMs, recheckMs }: RunningStream): void {
  let ended = false;
  const write = (text: string) => {
    if (ended || res.destroyed || res.writableEnded) return;
    res.write(text);
    if (res.writableLength > MAX_BUFFERED_BYTES) end();
  };
  const cursor = openLiveCursor(deps.db, deps.live, topic, since, {
    ready: (seq) => write(frame(seq, STREAM_READY, { seq })),
    event: (event) => write(eventFrame(event)),
    reset: (seq) => write(frame(seq, STREAM_RESET, { seq })),
    failed: (err) => request.log.warn({ err, topic }, 'live stream could not read the event log; it retries at the next check'),
  });
  const heartbeat = setInterval(() => write(': heartbeat\n\n'), heartbeatMs);
  const recheck = setInterval(() => {
    stillActive(deps, actor.sessionId, deps.clock()).then(
      (active) => {
        if (active) return cursor.catchUp();
        write(frame(null, STREAM_ENDED, { reason: 'session_ended' }));
        end();
      },
      (err) => request.log.warn({ err }, 'live stream could not re-check the session; it tries again'),
    );
  }, recheckMs);

  function end() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    clearInterval(recheck);
    cursor.close();
    hub.open.delete(end);
    const left = (hub.perPerson.get(actor.userId) ?? 1) - 1;
    if (left > 0) hub.perPerson.set(actor.userId, left);
    else hub.perPerson.delete(actor.userId);
    if (!res.writableEnded) res.end();
  }
  hub.open.add(end);
  res.on('close', end);
  if (res.destroyed) end(); // the device left while we were authorizing
}

function readSince(request: FastifyRequest): number | null {
  const header = request.headers['last-event-id'];
  const query = (request.query as Record<string, unknown> | undefined)?.since;
  const raw = typeof header === 'string' && header !== '' ? header : typeof query === 'string' && query !== '' ? query : null;
  if (raw === null) return null;
  if (!/^\d{1,15}$/.test(raw)) throw invalidField(header ? 'Last-Event-ID' : 'since', 'must be the number of the last event received');
  return Number(raw);
}

function startEventStream(request: FastifyRequest, reply: FastifyReply): void {
  const res: ServerResponse = reply.raw;
  // Headers Fastify and its plugins set on the reply (rate-limit counters, a cleared cookie) come along.
  for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) res.setHeader(name, value as string);
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    // nginx and some other proxies buffer responses unless told not to.
    'x-accel-buffering': 'no',
  });
  request.raw.socket.setTimeout(0);
  request.raw.socket.setNoDelay(true);
  // The first bytes flush the headers, so the device knows at once that it is connected.
  res.write('retry: 2000\n: connected\n\n');
}

function frame(id: number | null, event: string, data: unknown): string {
  return `${id === null ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

function eventFrame(event: LiveEvent): string {
  return frame(event.seq, event.type, { seq: event.seq, type: event.type, data: event.data, at: event.at });
}
