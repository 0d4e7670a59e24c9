import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * Serves the built React app under /app/. Hashed assets are cached for a year; every other /app/ path
 * gets index.html so the app's own router can show it (and its sign-in page when needed).
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | null): Promise<void> {
  const indexPath = webDir ? path.join(webDir, 'index.html') : null;
  if (!webDir || !indexPath || !existsSync(indexPath)) {
    app.get('/app/*', async (_request, reply) =>
      reply.code(503).type('text/plain').send('The web app has not been built yet. Run `npm run build`, then start Holdspace again.'),
    );
    return;
  }
  const index = readFileSync(indexPath, 'utf8');
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root: path.join(webDir, 'assets'),
    prefix: '/app/assets/',
    wildcard: false,
    immutable: true,
    maxAge: '365d',
  });
  const sendIndex = async (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(index);
  registerConsoleWorker(app, webDir);
  app.get('/app', async (_request, reply) => reply.redirect('/app/', 301));
  app.get('/app/', sendIndex);
  app.get('/app/*', sendIndex);
}

/**
 * The session console's service worker, from the build's public files. Served from /app/ so its scope
 * is the app; never cached by the browser's HTTP cache so a new release replaces it.
 */
function registerConsoleWorker(app: FastifyInstance, webDir: string): void {
  const workerPath = path.join(webDir, 'console-sw.js');
  if (!existsSync(workerPath)) return;
  const worker = readFileSync(workerPath, 'utf8');
  app.get('/app/console-sw.js', async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').header('service-worker-allowed', '/app/').send(worker),
  );
}
