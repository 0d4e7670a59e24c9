/**
 * The load generator, run in its own process (forked by load.ts) so it never shares an event loop with the
 * server it measures. Keeps `connections` requests in flight on keep-alive sockets for the whole run, like
 * autocannon does, and reports throughput and latency percentiles for the measured window (after warm-up).
 */
import http from 'node:http';
import type { LoadOptions, LoadSlice } from './load.js';

function send(agent: http.Agent, url: URL, options: LoadOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const request = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: options.method,
        headers: {
          ...options.headers,
          ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function run(options: LoadOptions): Promise<LoadSlice> {
  const url = new URL(options.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const started = performance.now();
  const measureFrom = started + options.warmupMs;
  const until = measureFrom + options.durationMs;
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let sent = 0;
  async function loop() {
    while (performance.now() < until) {
      const t0 = performance.now();
      try {
        const status = await send(agent, url, options);
        sent++;
        if (t0 >= measureFrom) {
          latencies.push(performance.now() - t0);
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      } catch {
        if (t0 >= measureFrom) errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: options.connections }, loop));
  agent.destroy();
  return { latencies, statuses, errors, sent, durationMs: options.durationMs };
}

process.once('message', (options: LoadOptions) => {
  run(options).then(
    (result) => process.send?.(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
