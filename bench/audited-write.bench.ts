/**
 * How much do audit, access checks and validation cost? Each use case is timed against a bare Kysely
 * statement doing the same insert or select on the same database in the same run, and the ratio printed.
 * In-process, one operation at a time: it shows each step's own cost; the HTTP case in http-write.bench.ts
 * shows what people feel. Run by `npm run bench` (PostgreSQL too when TEST_DATABASE_URL is set).
 */
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { readEnquiry } from '../src/server/enquiries/read-enquiry.js';
import { submitEnquiry } from '../src/server/enquiries/submit-enquiry.js';
import { createTestApp, type TestApp } from '../src/testing/test-app.js';
import { TEST_DIALECTS } from '../src/testing/test-database.js';

const N = Number(process.env.BENCH_N ?? 150);
const relaxed = { limit: 1_000_000, windowMinutes: 60 };

async function time(label: string, work: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 20; i++) await work(-1 - i);
  const start = performance.now();
  for (let i = 0; i < N; i++) await work(i);
  const perOp = (performance.now() - start) / N;
  console.log(`  ${label.padEnd(50)} ${perOp.toFixed(3)} ms/op`);
  return perOp;
}

function row(id: string, at: string) {
  return {
    id,
    received_at: at,
    name: 'Bench Person',
    email: 'bench@example.org',
    phone: null,
    preferred_contact: 'email' as const,
    reason: 'Benchmark',
    preferred_times: '',
    heard_about: '',
    consent_to_contact_at: at,
    status: 'new',
    status_reason: null,
    status_changed_at: at,
    updated_at: at,
  };
}

async function bench(t: TestApp, dialect: string) {
  t.deps.config.limits = { ...t.deps.config.limits, enquiryPerAddress: relaxed };
  const therapist = await t.user(['therapist']);
  const ctx = {
    actor: {
      userId: therapist.id,
      displayName: 'T',
      email: therapist.email,
      roles: therapist.roles,
      sessionId: 'bench',
      kind: 'staff' as const,
      clientId: null,
    },
    ip: '127.0.0.1',
    now: new Date(),
  };
  const form = {
    name: 'Bench Person',
    email: 'bench@example.org',
    preferredContact: 'email' as const,
    reason: 'Benchmark',
    preferredTimes: '',
    heardAbout: '',
    consent: true as const,
    website: '',
  };
  console.log(`\nuse cases in process on ${dialect} (${N} operations each, one at a time)`);
  const bareInsert = await time('bare insert in a transaction', () =>
    t.deps.db.transaction().execute((trx) => trx.insertInto('enquiries').values(row(uuidv7(), new Date().toISOString())).execute()),
  );
  const audited = await time('submit enquiry (validate, limit, insert, audit)', () =>
    submitEnquiry(t.deps, { ...ctx, actor: null, now: new Date() }, form),
  );
  const ids = (await t.deps.db.selectFrom('enquiries').select('id').limit(N).execute()).map((r) => r.id);
  const bareRead = await time('bare select by id', (i) =>
    t.deps.db
      .selectFrom('enquiries')
      .selectAll()
      .where('id', '=', ids[Math.abs(i) % ids.length]!)
      .executeTakeFirst(),
  );
  const auditedRead = await time('read enquiry (authorize, load, audit read)', (i) =>
    readEnquiry(t.deps, { ...ctx, now: new Date() }, { id: ids[Math.abs(i) % ids.length]! }),
  );
  console.log(`  ratio audited write / bare insert: ${(audited / bareInsert).toFixed(2)}×`);
  console.log(`  ratio audited read  / bare select: ${(auditedRead / bareRead).toFixed(2)}×`);
}

export async function benchMicro(): Promise<void> {
  for (const dialect of TEST_DIALECTS) {
    const t = await createTestApp(dialect);
    try {
      await bench(t, dialect);
    } finally {
      await t.close();
    }
  }
}
