// Bundles the server into one file, dist/server/main.js, over the one tsc wrote: Node then reads one
// module instead of several hundred, which halves the cold start (decision 0039). Native addons and the
// packages loaded only on demand stay outside and are found in node_modules at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server/main.ts'],
  outfile: 'dist/server/main.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Native (better-sqlite3, argon2), and loaded only when used (pg on PostgreSQL, mail, markdown).
  external: ['better-sqlite3', '@node-rs/argon2', '*.node', 'pg', 'pg-native', 'nodemailer', 'markdown-it'],
  // The bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as holdspaceCreateRequire } from 'node:module'; const require = holdspaceCreateRequire(import.meta.url);",
  },
  sourcemap: 'linked',
  logLevel: 'warning',
});
