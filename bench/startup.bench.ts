/**
 * What a person starting Holdspace feels: time from `node dist/server/main.js` to the first answer from
 * /api/health, and the resident memory of that fresh, idle server after GC. The first start migrates an
 * empty database; the second, on the same data, is the everyday cold start.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = path.join(ROOT, 'dist/server/main.js');
const PROBE = fileURLToPath(new URL('./lib/idle-probe.mjs', import.meta.url));
const SETTLE_MS = 2000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

function idleMemory(child: ChildProcess): Promise<{ rss: number; heapUsed: number }> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as { rss: number; heapUsed: number }));
    child.send('idle-memory');
  });
}

async function startOnce(dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--expose-gc', '--import', PROBE, MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    await waitForHealth(`http://127.0.0.1:${port}/api/health`, child);
    const coldStartMs = performance.now() - started;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const memory = await idleMemory(child);
    return { coldStartMs, rssMb: memory.rss / 1048576, heapMb: memory.heapUsed / 1048576 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

export async function benchStartup(): Promise<void> {
  if (!existsSync(MAIN)) {
    console.log('\nstartup: skipped — dist/server/main.js is missing (npm run build:server)');
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-bench-start-'));
  try {
    const first = await startOnce(dataDir);
    const again = await startOnce(dataDir);
    console.log('\nstartup on SQLite: node dist/server/main.js');
    console.log(
      `cold start to first answer: ${again.coldStartMs.toFixed(0)} ms (target < 1000; first start, migrating: ${first.coldStartMs.toFixed(0)} ms)`,
    );
    console.log(`idle memory: ${again.rssMb.toFixed(0)} MB RSS after GC, heap ${again.heapMb.toFixed(0)} MB (target < 120 MB)`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
