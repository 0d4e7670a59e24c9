// Measures the public site with Lighthouse (mobile defaults) in Debian's Chromium and checks the targets.
// Run through `npm run check:lighthouse`, which makes sure Chromium is there and builds first: this script
// starts the built browser-test server itself on a free port with a throwaway data directory.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const ALL_PAGES = [
  '/',
  '/what-is-kap',
  '/who-it-may-help',
  '/how-it-works',
  '/kap-and-trauma',
  '/is-it-right-for-you',
  '/begin',
  '/begin/thanks',
];

// `node scripts/lighthouse.mjs /begin /` measures only those pages.
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : ALL_PAGES;

const CATEGORIES = [
  { id: 'performance', label: 'Performance', target: 95 },
  { id: 'accessibility', label: 'Accessibility', target: 100 },
  { id: 'best-practices', label: 'Best practices', target: 95 },
  { id: 'seo', label: 'SEO', target: 95 },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(port, dataDir) {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/serve-for-browser-tests.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', PUBLIC_URL: baseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped before it was ready:\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return { child, baseUrl };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGTERM');
  throw new Error(`The server did not answer ${baseUrl}/api/health within 60 seconds:\n${output}`);
}

async function stopServer(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** What kept a category below 100: failing audits by title, or the slow metrics for performance. */
function shortfalls(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  const notes = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue;
    if (ref.weight > 0 && audit.score < 1) {
      notes.push(`${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    }
  }
  return notes;
}

// A trace can come back empty now and then (NO_NAVSTART, NO_FCP on a busy machine): try such a page again.
async function measure(url, port) {
  let lastError = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const runnerResult = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES.map((c) => c.id),
    });
    const lhr = runnerResult?.lhr;
    if (lhr && !lhr.runtimeError) return lhr;
    lastError = lhr?.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : 'no result';
    console.log(`  ${url}: ${lastError} — trying again`);
  }
  throw new Error(`Lighthouse could not measure ${url}: ${lastError}`);
}

function pad(value, width) {
  return String(value).padEnd(width);
}

function printTable(results) {
  const pageWidth = Math.max(6, ...results.map((r) => r.page.length)) + 2;
  const header = pad('Page', pageWidth) + CATEGORIES.map((c) => pad(c.label, 16)).join('');
  console.log(`\n${header}\n${'-'.repeat(header.length)}`);
  for (const result of results) {
    console.log(pad(result.page, pageWidth) + CATEGORIES.map((c) => pad(result.scores[c.id] ?? '—', 16)).join(''));
  }
}

function checkTargets(results) {
  console.log('\nTargets');
  let allHold = true;
  for (const category of CATEGORIES) {
    const below = results.filter((r) => !(r.scores[category.id] >= category.target));
    const lowest = Math.min(...results.map((r) => r.scores[category.id] ?? 0));
    const holds = below.length === 0;
    allHold &&= holds;
    const bar = category.target === 100 ? '= 100' : `≥ ${category.target}`;
    console.log(`  ${holds ? 'holds' : 'FAILS'}  ${pad(category.label, 15)} ${pad(bar, 6)} lowest ${lowest}`);
    for (const result of below) {
      console.log(`         ${result.page}: ${result.scores[category.id]}`);
      for (const note of result.notes[category.id] ?? []) console.log(`           - ${note}`);
    }
  }
  return allHold;
}

async function main() {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'holdspace-lighthouse-'));
  let server;
  let chrome;
  const stopEverything = async () => {
    await chrome?.kill();
    chrome = undefined;
    await stopServer(server?.child);
    await rm(dataDir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      void stopEverything().finally(() => process.exit(130));
    });
  }
  try {
    server = await startServer(await freePort(), dataDir);
    chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
    console.log(`Lighthouse ${CATEGORIES.map((c) => c.label).join(', ')} — mobile, ${PAGES.length} pages at ${server.baseUrl}`);
    const results = [];
    for (const page of PAGES) {
      const lhr = await measure(`${server.baseUrl}${page}`, chrome.port);
      const scores = {};
      const notes = {};
      for (const category of CATEGORIES) {
        const score = lhr.categories[category.id]?.score;
        scores[category.id] = score === null || score === undefined ? null : Math.round(score * 100);
        notes[category.id] = shortfalls(lhr, category.id);
      }
      results.push({ page, scores, notes });
      console.log(`  measured ${page}`);
    }
    printTable(results);
    const allHold = checkTargets(results);
    console.log(allHold ? '\nEvery target holds.' : '\nSome targets do not hold.');
    process.exitCode = allHold ? 0 : 1;
  } catch (error) {
    console.error(`\nThe Lighthouse check could not finish: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    await stopEverything();
  }
}

await main();
