import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface LoadRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path on the server, e.g. /api/clients/…/clinician-scores */
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON, the same body every time. */
  body?: unknown;
}

export interface LoadOptions extends Omit<LoadRequest, 'path'> {
  url: string;
  connections: number;
  durationMs: number;
  /** Requests before this are sent but not counted: connections open, JIT warms, caches fill. */
  warmupMs: number;
}

/** What one load run saw: every latency in the measured window, so runs can be merged. */
export interface LoadSlice {
  latencies: number[];
  statuses: Record<string, number>;
  errors: number;
  /** Every answer, warm-up included: the divisor for the server's CPU time. */
  sent: number;
  durationMs: number;
}

export interface LoadResult {
  /** Answers received in the measured window, any status. */
  requests: number;
  /** Of those, 2xx. Throughput counts only these. */
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  perSecond: number;
  p50: number;
  p99: number;
}

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Measured time per side, split into ROUNDS slices run in turn with the other side (A B B A …). */
export const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
export const WARMUP_MS = Number(process.env.BENCH_WARMUP_SECONDS ?? 1) * 1000;

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Throughput over the measured time and latency percentiles over every answer, of one or more slices. */
export function summarize(slices: LoadSlice[]): LoadResult {
  const sorted = Float64Array.from(slices.flatMap((s) => s.latencies)).sort();
  const statuses: Record<string, number> = {};
  for (const slice of slices) for (const [code, n] of Object.entries(slice.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  const ok = Object.entries(statuses).reduce((n, [code, count]) => (code.startsWith('2') ? n + count : n), 0);
  const seconds = slices.reduce((t, s) => t + s.durationMs, 0) / 1000;
  return {
    requests: sorted.length,
    ok,
    errors: slices.reduce((n, s) => n + s.errors, 0),
    statuses,
    perSecond: ok / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

/** Drives `request` at `baseUrl` for `durationMs` from a separate process (this process's tsx loader is inherited). */
export function runLoad(baseUrl: string, request: LoadRequest, durationMs = DURATION_MS): Promise<LoadSlice> {
  const { path, ...rest } = request;
  const options: LoadOptions = {
    ...rest,
    url: new URL(path, baseUrl).toString(),
    connections: CONNECTIONS,
    durationMs,
    warmupMs: WARMUP_MS,
  };
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: LoadSlice | undefined;
    child.once('message', (message) => {
      result = message as LoadSlice;
    });
    child.once('error', reject);
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`load generator exited with ${code}`))));
    child.send(options);
  });
}
