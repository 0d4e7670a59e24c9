import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { entry, insertKetamineSession } from '../../testing/console-session.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { inTransaction } from '../platform/unit-of-work.js';

/**
 * Who is on a client's care team is kept in memory for a moment by the writes that need nothing more of
 * the chart (decision 0038). A change to the team must count from the very next request.
 */
describe.each(TEST_DIALECTS)('care roles kept for a moment (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  const score = (cookie: string) =>
    t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clinician-scores`,
      cookie,
      payload: { instrumentName: 'CADSS', score: 12, administeredOn: '2026-11-20', note: '' },
    });

  /** The admin sets the care team: this therapist, the prescriber, no co-facilitator. */
  const teamOf = (therapistId: string) =>
    t.request({
      method: 'PUT',
      url: `/api/clients/${clinic.clientId}/care-team`,
      cookie: clinic.admin.cookie,
      payload: { therapistId, prescriberId: clinic.prescriber.user.id, coFacilitatorIds: [] },
    });

  it('a therapist taken off the team is refused at once, and the one put on it let in at once', async () => {
    expect((await score(clinic.therapist.cookie)).statusCode).toBe(200);
    expect((await score(clinic.otherTherapist.cookie)).statusCode).toBe(404);
    const team = await teamOf(clinic.otherTherapist.user.id);
    expect(team.statusCode).toBe(200);
    expect((await score(clinic.therapist.cookie)).statusCode).toBe(404);
    expect((await score(clinic.otherTherapist.cookie)).statusCode).toBe(200);
  });

  it('a change to the team that rolls back leaves nothing of it kept', async () => {
    const kept = () => t.deps.cachedReads!.kindNamed('client-care-roles', []).get(`${clinic.clientId} ${clinic.otherTherapist.user.id}`);
    expect((await score(clinic.otherTherapist.cookie)).statusCode).toBe(404);
    expect(kept()).toEqual({ careRoles: [] });
    const failed = inTransaction(t.deps, async (tx) => {
      await tx.db.deleteFrom('care_team_members').where('client_id', '=', clinic.clientId).execute();
      throw new Error('changed my mind');
    });
    await expect(failed).rejects.toThrow('changed my mind');
    expect(kept()).toBeUndefined();
    expect((await score(clinic.therapist.cookie)).statusCode).toBe(200);
  });

  it('the console writer too: a co-facilitator taken off the team can no longer log, at once', async () => {
    const sessionId = await insertKetamineSession(t, clinic, new Date(t.deps.clock().getTime() - 60_000));
    const log = () =>
      t.request({
        method: 'POST',
        url: `/api/ketamine-sessions/${sessionId}/entries`,
        cookie: clinic.coFacilitator.cookie,
        payload: { entries: [entry('observation', { category: 'breath', term: 'slow', note: '' }, t.deps.clock())] },
      });
    const first = await log();
    expect(first.statusCode).toBe(200);
    expect(first.json().results[0].outcome).toBe('applied');
    const team = await teamOf(clinic.therapist.user.id);
    expect(team.statusCode).toBe(200);
    expect((await log()).statusCode).toBe(404);
  });
});
