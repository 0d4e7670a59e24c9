// After the build: the bundled server (dist/server/main.js) really starts on an empty data folder and
// answers — the public site, the web app, the API — and stops cleanly. `npm test` runs the other tests
// against the unbundled modules, so this is what shows the bundle itself works.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const port = await new Promise((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: p } = probe.address();
    probe.close(() => resolve(p));
  });
});
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'holdspace-smoke-'));
const child = spawn(process.execPath, ['dist/server/main.js'], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: '', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
const problems = [];
try {
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bundled server exited with ${child.exitCode}`);
    if (performance.now() - started > 20_000) throw new Error('the bundled server did not answer within 20 s');
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const expect = async (pathname, status, contentType) => {
    const response = await fetch(`${base}${pathname}`);
    const type = response.headers.get('content-type') ?? '';
    if (response.status !== status || !type.includes(contentType)) problems.push(`${pathname}: ${response.status} ${type}`);
  };
  await expect('/', 200, 'text/html');
  await expect('/app/', 200, 'text/html');
  await expect('/api/auth/me', 401, 'application/json');
  await expect('/api/openapi.json', 200, 'application/json');
} finally {
  child.kill('SIGTERM');
  const code = await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
  if (code !== 0 && code !== null) problems.push(`stopped with exit code ${code}`);
}
if (problems.length > 0) {
  console.error(`The bundled server did not answer as it should:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('bundled server: starts, answers and stops');
