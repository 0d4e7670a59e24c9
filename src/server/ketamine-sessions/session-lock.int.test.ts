import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { entry, insertKetamineSession } from '../../testing/console-session.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { sessionTopic } from './present-session.js';

/**
 * Batches for one session are applied one after another under its row lock (on PostgreSQL a
 * `FOR NO KEY UPDATE`, decision 0040), however many arrive at once from however many devices: each
 * writer sees the one before it, so the count the timeline cache trusts and the topic's numbers hold.
 */
describe.each(TEST_DIALECTS)('one session, many batches at once (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  it('applies every entry once, keeps the count, and numbers the live events with no gap', async () => {
    const sessionId = await insertKetamineSession(t, clinic, new Date(t.deps.clock().getTime() - 60_000));
    const cookies = [clinic.therapist.cookie, clinic.coFacilitator.cookie];
    const batches = Array.from({ length: 24 }, (_, i) => [
      entry('observation', { category: 'breath', term: 'slow', note: `${i}` }, t.deps.clock()),
    ]);
    const answers = await Promise.all(
      batches.map((entries, i) =>
        t.request({ method: 'POST', url: `/api/ketamine-sessions/${sessionId}/entries`, cookie: cookies[i % 2]!, payload: { entries } }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(batches.map(() => 200));
    expect(answers.map((a) => a.json().results[0].outcome)).toEqual(batches.map(() => 'applied'));
    const row = await t.deps.db.selectFrom('ketamine_sessions').select('entry_count').where('id', '=', sessionId).executeTakeFirstOrThrow();
    const stored = await t.deps.db.selectFrom('session_entries').select('id').where('session_id', '=', sessionId).execute();
    expect(stored).toHaveLength(24);
    expect(Number(row.entry_count)).toBe(24);
    const events = await t.deps.db
      .selectFrom('live_events')
      .select('seq')
      .where('topic', '=', sessionTopic(sessionId))
      .orderBy('seq')
      .execute();
    expect(events.map((e) => Number(e.seq))).toEqual(batches.map((_, i) => i + 1));
    // One more, sent twice at once: applied once, the other a duplicate.
    const again = entry('observation', { category: 'posture', term: 'open', note: '' }, t.deps.clock());
    const twice = await Promise.all(
      cookies.map(() =>
        t.request({
          method: 'POST',
          url: `/api/ketamine-sessions/${sessionId}/entries`,
          cookie: clinic.therapist.cookie,
          payload: { entries: [again] },
        }),
      ),
    );
    expect(twice.map((a) => a.json().results[0].outcome).sort()).toEqual(['applied', 'duplicate']);
    const after = await t.deps.db
      .selectFrom('ketamine_sessions')
      .select('entry_count')
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    expect(Number(after.entry_count)).toBe(25);
  });
});
