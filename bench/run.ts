/**
 * npm run bench: what people feel (HTTP under load, start-up, idle memory) and what each step costs
 * (in-process micro-benchmarks). BENCH_ONLY=http,console,fanout,path,startup,micro picks parts; BENCH_DIALECTS=sqlite|postgres one database; BENCH_SECONDS, BENCH_CONNECTIONS
 * change the load. PostgreSQL runs too when TEST_DATABASE_URL is set.
 */
import { benchMicro } from './audited-write.bench.js';
import { benchFanOut } from './console-fan-out.bench.js';
import { benchHttpWrite } from './http-write.bench.js';
import { benchRequestPath } from './request-path.bench.js';
import { benchStartup } from './startup.bench.js';

const only = new Set((process.env.BENCH_ONLY ?? 'http,console,fanout,path,startup,micro').split(',').map((s) => s.trim()));

if (only.has('http')) await benchHttpWrite('./clinician-score.scenario.ts');
if (only.has('console')) await benchHttpWrite('./console-entry.scenario.ts');
if (only.has('fanout')) await benchFanOut();
if (only.has('path')) await benchRequestPath();
if (only.has('startup')) await benchStartup();
if (only.has('micro')) await benchMicro();
