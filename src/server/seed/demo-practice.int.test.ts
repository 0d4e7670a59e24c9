import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_PHASES } from '../../domain/clients/phases.js';
import { sealNow } from '../../testing/tamper.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import { DEMO_PASSWORD, DEMO_STAFF } from './demo-people.js';
import { DemoWouldMixWithRealData, ensureDemoPractice } from './demo-practice.js';

describe.each(TEST_DIALECTS)('the demo practice (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('fills an empty database with a fictional practice at every step of the path', async () => {
    expect(await ensureDemoPractice(t.deps)).toBe('seeded');
    const phases = await t.deps.db.selectFrom('clients').select('phase').execute();
    expect(phases).toHaveLength(12);
    expect(new Set(phases.map((p) => p.phase))).toEqual(new Set(CLIENT_PHASES));
    const openFlags = await t.deps.db.selectFrom('safety_flags').select('id').where('acknowledged_at', 'is', null).execute();
    expect(openFlags).toHaveLength(1);
    const newRequests = await t.deps.db.selectFrom('enquiries').select('id').where('status', '=', 'new').execute();
    expect(newRequests.length).toBeGreaterThan(0);
    const months = await t.deps.db.selectFrom('measure_responses').select('completed_at').where('instrument_id', '=', 'PHQ-9').execute();
    const oldest = months.map((m) => m.completed_at).sort()[0]!;
    expect(Date.parse('2026-11-22T10:00:00.000Z') - Date.parse(oldest)).toBeGreaterThan(180 * 86_400_000);
    const practice = await t.request({ method: 'GET', url: '/' });
    expect(practice.body).toContain('Cedar Hollow Therapy (demo)');
    expect(practice.body).toContain('Every person, name and record on this site is fictional');
    await sealNow(t.deps);
    expect((await verifyAuditChain(t.deps.db)).problems).toEqual([]);
  });

  it('lets the printed sign-ins in', async () => {
    await ensureDemoPractice(t.deps);
    const response = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: DEMO_STAFF.rowan.email, password: DEMO_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
  });

  it('leaves an existing demo alone, and never seeds into a real practice', async () => {
    await ensureDemoPractice(t.deps);
    expect(await ensureDemoPractice(t.deps)).toBe('already_there');
    const real = await createTestApp(dialect);
    try {
      await real.user(['admin']);
      await expect(ensureDemoPractice(real.deps)).rejects.toThrow(DemoWouldMixWithRealData);
      expect(await real.deps.db.selectFrom('clients').select('id').execute()).toEqual([]);
    } finally {
      await real.close();
    }
  });
});
