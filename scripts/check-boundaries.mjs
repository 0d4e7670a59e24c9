#!/usr/bin/env node
// The import boundaries the tree keeps, checked on every `npm run lint` (Biome cannot say "any sibling
// feature but its public file"). See docs/decisions/0018-where-queries-live.md and DESIGN.md's layout.
//
//   node scripts/check-boundaries.mjs [--root DIR]
//
// Rules (test files are exempt; the composition roots src/server/*.ts and src/web/app/ may import any feature):
//   1. src/domain imports nothing outside src/domain, and no IO package (databases, HTTP, files, network).
//   2. A server feature (src/server/<feature>/) uses another only through its index.ts or its *.policy.ts.
//   3. A *.policy.ts imports only src/domain, so policies stay declarations anyone may read.
//   4. The server kernel (src/server/platform/) imports no feature.
//   5. A web feature (src/web/features/<feature>/) uses another only through its index.ts; the web kernel
//      (src/web/kernel, src/web/api, src/web/ui) imports no feature and not the app shell.
//   6. Kysely queries in src/server live in *.repository.ts or the kernel; the files still allowed to build
//      queries in place are listed in QUERY_ALLOWANCE below, and the list only shrinks.
import fs from 'node:fs';
import path from 'node:path';

const IO_PACKAGES = [
  'kysely',
  'pg',
  'better-sqlite3',
  'fastify',
  'nodemailer',
  'fs',
  'node:fs',
  'node:fs/promises',
  'node:net',
  'node:http',
  'node:https',
  'node:child_process',
  'node:worker_threads',
  'node:dgram',
  'node:dns',
  'node:os',
  'node:process',
];
const IO_PACKAGE_PREFIXES = ['@fastify/', 'kysely/', 'pg-'];

/**
 * Use cases that still build Kysely queries themselves (decision 0018). Move a file's queries into its
 * feature's repository and take it off this list; a file not on it may not build queries.
 */
export const QUERY_ALLOWANCE = [
  'src/server/audit/browse-audit-log.ts',
  'src/server/audit/export-audit-log.ts',
  'src/server/audit/verify-audit-chain.ts',
  'src/server/auth/accept-invitation.ts',
  'src/server/auth/create-first-admin.ts',
  'src/server/auth/create-invitation.ts',
  'src/server/auth/issue-setup-token.ts',
  'src/server/clients/invite-client-to-portal.ts',
  'src/server/clients/update-client.ts',
  'src/server/consent/create-consent-document.ts',
  'src/server/consent/publish-consent-version.ts',
  'src/server/consent/sign-consent.ts',
  'src/server/enquiries/add-enquiry-note.ts',
  'src/server/enquiries/read-enquiry.ts',
  'src/server/ketamine-sessions/open-session.ts',
  'src/server/ketamine-sessions/session-context.ts',
  'src/server/measures/assign-measure.ts',
  'src/server/measures/cancel-assignment.ts',
  'src/server/measures/store-measure-response.ts',
  'src/server/medical/clinical-settings.ts',
  'src/server/medical/record-clearance.ts',
  'src/server/medical/record-screening.ts',
  'src/server/medical/withdraw-clearance.ts',
  'src/server/planned-sessions/cancel-session.ts',
  'src/server/planned-sessions/confirm-readiness.ts',
  'src/server/planned-sessions/list-dashboard-sessions.ts',
  'src/server/planned-sessions/override-gate.ts',
  'src/server/planned-sessions/plan-session.ts',
  'src/server/planned-sessions/portal-next-session.ts',
  'src/server/planned-sessions/read-planned-sessions.ts',
  'src/server/practice/list-outbox.ts',
  'src/server/preparation/complete-preparation.ts',
  'src/server/preparation/save-course.ts',
  'src/server/readiness/client-gate.ts',
  'src/server/readiness/read-readiness.ts',
  'src/server/seed/demo-practice.ts',
  'src/server/staff/deactivate-staff.ts',
  'src/server/staff/revoke-invitation.ts',
];

const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql`/;
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const SOURCE = /\.(ts|tsx|mts|js|mjs)$/;
const TEST = /\.test\.(ts|tsx)$/;

function walk(dir, root, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, root, out);
    else if (SOURCE.test(entry.name)) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out;
}

function specifiersOf(source) {
  const found = [];
  for (const pattern of [IMPORT, DYNAMIC_IMPORT]) {
    for (const match of source.matchAll(pattern)) found.push(match[1]);
  }
  return found;
}

/** A relative specifier, resolved to a path from the root (extension as written; `.js` stands for `.ts`). */
function resolve(file, specifier) {
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
}

function isIoPackage(specifier) {
  return IO_PACKAGES.includes(specifier) || IO_PACKAGE_PREFIXES.some((prefix) => specifier.startsWith(prefix));
}

/** 'src/server/clients/x.ts' → 'clients'; files directly in the folder (or outside it) have no feature. */
function featureOf(file, folder) {
  if (!file.startsWith(`${folder}/`)) return null;
  const rest = file.slice(folder.length + 1).split('/');
  return rest.length > 1 ? rest[0] : null;
}

function isPublicFileOf(target, folder, feature, { policies }) {
  const inside = target.slice(`${folder}/${feature}/`.length);
  if (/^index(\.(js|ts|tsx))?$/.test(inside) || inside === '') return true;
  return policies && /^[^/]+\.policy(\.(js|ts))?$/.test(inside);
}

function importProblems(file, specifier) {
  const relative = specifier.startsWith('.');
  const target = relative ? resolve(file, specifier) : null;
  const problems = [];
  const say = (rule) => problems.push(`${file}: imports '${specifier}' — ${rule}`);

  if (file.startsWith('src/domain/')) {
    if (target && !target.startsWith('src/domain/')) say('the domain holds pure rules and imports only src/domain');
    if (!relative && isIoPackage(specifier)) say('the domain does no IO (no database, HTTP, files or network)');
  }
  if (/\.policy\.ts$/.test(file) && target && !target.startsWith('src/domain/')) {
    say('a policy file declares rules from src/domain only');
  }
  if (!target) return problems;

  const serverFeature = featureOf(file, 'src/server');
  const targetServerFeature = featureOf(target, 'src/server');
  if (serverFeature === 'platform' && targetServerFeature && targetServerFeature !== 'platform') {
    say('the server kernel (platform) imports no feature; pass what it needs in from app.ts');
  } else if (serverFeature && targetServerFeature && targetServerFeature !== serverFeature && targetServerFeature !== 'platform') {
    if (!isPublicFileOf(target, 'src/server', targetServerFeature, { policies: true })) {
      say(`reaches into ${targetServerFeature}'s internals; use src/server/${targetServerFeature}/index.ts (or its policy file)`);
    }
  }

  const webFeature = featureOf(file, 'src/web/features');
  const targetWebFeature = featureOf(target, 'src/web/features');
  if (webFeature && targetWebFeature && targetWebFeature !== webFeature) {
    if (!isPublicFileOf(target, 'src/web/features', targetWebFeature, { policies: false })) {
      say(`reaches into ${targetWebFeature}'s internals; use src/web/features/${targetWebFeature}/index.ts`);
    }
  }
  const inWebKernel = ['src/web/kernel/', 'src/web/api/', 'src/web/ui/'].some((prefix) => file.startsWith(prefix));
  if (inWebKernel && (target.startsWith('src/web/features/') || target.startsWith('src/web/app/'))) {
    say('the web kernel (kernel, api, ui) imports no feature and not the app shell');
  }
  return problems;
}

function queryProblems(file, source) {
  if (!file.startsWith('src/server/') || file.startsWith('src/server/platform/')) return [];
  if (file.endsWith('.repository.ts')) return [];
  const queries = QUERY.test(source);
  const allowed = QUERY_ALLOWANCE.includes(file);
  if (queries && !allowed) return [`${file}: builds a database query — move it into a *.repository.ts (decision 0018)`];
  if (!queries && allowed) return [`${file}: no longer builds queries — take it off QUERY_ALLOWANCE in scripts/check-boundaries.mjs`];
  return [];
}

export function checkBoundaries(root) {
  const files = [
    ...walk(path.join(root, 'src/domain'), root),
    ...walk(path.join(root, 'src/server'), root),
    ...walk(path.join(root, 'src/web'), root),
  ];
  const problems = [];
  for (const file of files) {
    if (TEST.test(file)) continue;
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    for (const specifier of specifiersOf(source)) problems.push(...importProblems(file, specifier));
    problems.push(...queryProblems(file, source));
  }
  return problems;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) {
  const rootFlag = process.argv.indexOf('--root');
  const root = rootFlag > 0 ? path.resolve(process.argv[rootFlag + 1]) : process.cwd();
  const problems = checkBoundaries(root);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) {
    console.error(`\n${problems.length} boundary problem(s).`);
    process.exit(1);
  }
  console.log('Boundaries hold.');
}
