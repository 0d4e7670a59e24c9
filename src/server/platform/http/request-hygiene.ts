import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { ErrorResponse } from '../../../contracts/errors.js';
import { invalidField } from '../errors.js';

/**
 * Bounds for slow or odd clients: a trickled body is cut off within half a minute, headers must arrive in
 * ten seconds, and the connection count is capped, so a thousand half-open requests cannot hold the server.
 */
export const CONNECTION_LIMITS = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 10_000,
  maxConnections: 2_000,
};

function errorBody(code: string, message: string): string {
  const body: ErrorResponse = { error: { code, message } };
  return JSON.stringify(body);
}

/** Node's parser errors (431 headers too large, 400 malformed) answered in the one error shape. */
function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
  const [status, text, code, message] = tooLarge
    ? [
        431,
        'Request Header Fields Too Large',
        'headers_too_large',
        'The request headers are too large. Please clear this site’s cookies and try again.',
      ]
    : timedOut
      ? [408, 'Request Timeout', 'request_timeout', 'The request took too long to arrive. Please try again.']
      : [400, 'Bad Request', 'bad_request', 'The request could not be read. Please check it and try again.'];
  const body = errorBody(code, message);
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

export const hygieneServerOptions: Pick<
  FastifyServerOptions,
  'serverFactory' | 'routerOptions' | 'clientErrorHandler' | 'frameworkErrors'
> = {
  // Node checks these limits on a timer; its default of 30 s would let a stalled request live for a minute.
  serverFactory: (handler) => {
    const server = http.createServer(
      {
        headersTimeout: CONNECTION_LIMITS.headersTimeoutMs,
        requestTimeout: CONNECTION_LIMITS.requestTimeoutMs,
        keepAliveTimeout: CONNECTION_LIMITS.keepAliveTimeoutMs,
        connectionsCheckingInterval: 1_000,
      },
      handler,
    );
    server.maxConnections = CONNECTION_LIMITS.maxConnections;
    return server;
  },
  routerOptions: { maxParamLength: 200 },
  clientErrorHandler,
  frameworkErrors(error, _request, reply) {
    const badUrl = error.code === 'FST_ERR_BAD_URL';
    const body = badUrl
      ? errorBody('bad_url', 'That address could not be read. Please check it and try again.')
      : errorBody('bad_request', 'The request could not be handled. Please check it and try again.');
    // biome-ignore lint/suspicious/noExplicitAny: framework errors arrive before any route's typed reply exists
    void (reply as any).code(400).type('application/json; charset=utf-8').send(body);
  },
};

/** The first path at which a value holds text a database refuses to store (a NUL character). */
export function findUnstorableText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || 'body' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '')].join('.');
      const found = findUnstorableText(inner, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export function registerRequestHygiene(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['body', request.body],
      ['query', request.query],
      ['params', request.params],
    ] as const) {
      const path = findUnstorableText(value);
      if (path)
        throw invalidField(
          part === 'body' ? path : `${part}.${path}`,
          'This contains a character that cannot be stored (a NUL byte). Please remove it and try again.',
        );
    }
  });

  // Answers that carry client or staff data must never sit in a browser, proxy or service-worker cache.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/')) void reply.header('cache-control', 'no-store');
  });
}
