import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsoleEntryBody } from '../../contracts/session-console.contracts.js';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { entry, insertKetamineSession } from '../../testing/console-session.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import type { RequestContext } from '../platform/context.js';
import type { SeededUser } from '../seed/seed-staff.js';
import { logEntries } from './log-entries.js';
import { sessionTopic } from './present-session.js';

/**
 * Batches started in the same turn of the event loop are applied together on PostgreSQL (one transaction,
 * one COMMIT: log-entries-together.ts); on SQLite each goes on its own. Either way every batch must be
 * answered exactly as if it had come alone.
 */
describe.each(TEST_DIALECTS)('console batches arriving together (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  const as = (user: SeededUser): RequestContext => ({
    actor: {
      userId: user.id,
      displayName: user.displayName,
      email: user.email,
      roles: user.roles,
      sessionId: 'test',
      kind: 'staff',
      clientId: null,
    },
    ip: '127.0.0.1',
    now: t.deps.clock(),
  });
  const observation = (term: string) => entry('observation', { category: 'breath', term, note: '' }, t.deps.clock()) as ConsoleEntryBody;
  const outcomes = (settled: PromiseSettledResult<Awaited<ReturnType<typeof logEntries>>>) =>
    settled.status === 'fulfilled' ? settled.value.results.map((r) => r.outcome) : (settled.reason as { status: number }).status;
  const count = async (sessionId: string) =>
    Number(
      (await t.deps.db.selectFrom('ketamine_sessions').select('entry_count').where('id', '=', sessionId).executeTakeFirstOrThrow())
        .entry_count,
    );
  const audited = async (sessionId: string) =>
    t.deps.db
      .selectFrom('audit_log')
      .select('actor_id')
      .where('action', '=', 'ketamine_session.log')
      .where('record_id', '=', sessionId)
      .execute();

  it('answers each as if alone: applied, a duplicate of the batch before it, refused off the team, unknown session', async () => {
    const opened = new Date(t.deps.clock().getTime() - 60_000);
    const a = await insertKetamineSession(t, clinic, opened);
    const b = await insertKetamineSession(t, clinic, opened);
    const first = observation('slow');
    const settled = await Promise.allSettled([
      logEntries(t.deps, as(clinic.therapist.user), { sessionId: a, entries: [first, observation('deepening')] }),
      logEntries(t.deps, as(clinic.coFacilitator.user), { sessionId: b, entries: [observation('sighing')] }),
      logEntries(t.deps, as(clinic.otherTherapist.user), { sessionId: a, entries: [observation('fast')] }),
      logEntries(t.deps, as(clinic.therapist.user), { sessionId: a, entries: [first, observation('held')] }),
      logEntries(t.deps, as(clinic.therapist.user), { sessionId: '01a23cdb-0000-7000-8000-000000000000', entries: [observation('slow')] }),
    ]);
    expect(settled.map(outcomes)).toEqual([['applied', 'applied'], ['applied'], 404, ['duplicate', 'applied'], 404]);
    expect(await count(a)).toBe(3);
    expect(await count(b)).toBe(1);
    // One audit row per batch that was let in, none for the refused.
    expect((await audited(a)).map((r) => r.actor_id)).toEqual([clinic.therapist.user.id, clinic.therapist.user.id]);
    expect(await audited(b)).toHaveLength(1);
    const events = await t.deps.db.selectFrom('live_events').select('seq').where('topic', '=', sessionTopic(a)).orderBy('seq').execute();
    expect(events.map((e) => Number(e.seq))).toEqual([1, 2, 3]);
    // The next batch, alone, finds the timeline the group left (in memory and in the database alike).
    const after = await logEntries(t.deps, as(clinic.therapist.user), { sessionId: a, entries: [first, observation('slow')] });
    expect(after.results.map((r) => r.outcome)).toEqual(['duplicate', 'applied']);
    expect(await count(a)).toBe(4);
  });

  it('an entry id another session holds is a conflict for that batch alone; the rest of the group applies', async () => {
    const opened = new Date(t.deps.clock().getTime() - 60_000);
    const a = await insertKetamineSession(t, clinic, opened);
    const b = await insertKetamineSession(t, clinic, opened);
    const taken = observation('slow');
    await logEntries(t.deps, as(clinic.therapist.user), { sessionId: b, entries: [taken] });
    const settled = await Promise.allSettled([
      logEntries(t.deps, as(clinic.therapist.user), { sessionId: a, entries: [taken, observation('fast')] }),
      logEntries(t.deps, as(clinic.coFacilitator.user), { sessionId: a, entries: [observation('held')] }),
      logEntries(t.deps, as(clinic.coFacilitator.user), { sessionId: b, entries: [observation('sighing')] }),
    ]);
    expect(settled.map(outcomes)).toEqual([['conflict', 'applied'], ['applied'], ['applied']]);
    expect(await count(a)).toBe(2);
    expect(await count(b)).toBe(2);
    const stored = await t.deps.db.selectFrom('session_entries').select('session_id').where('id', '=', taken.id).execute();
    expect(stored).toEqual([{ session_id: b }]);
  });
});
