import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';
import { appendAudit } from './audit/append-audit.js';
import { fromDatabaseError, RECORD_LOCKED_MESSAGE } from './database-errors.js';
import { registerErrorHandler } from './http/error-handler.js';
import { inTransaction } from './unit-of-work.js';

const complete = {
  heldOn: '2026-11-20',
  emotionalHistory: 'Low mood since adolescence.',
  traumaHistory: 'None reported.',
  priorTreatment: 'CBT.',
  currentMedications: 'None',
  goals: 'Feel present again.',
  presentingConcerns: ['depression_not_improved'],
  relatedTherapies: [],
  fitNotes: 'Good support.',
  decision: 'proceed_to_preparation',
  decisionReasons: 'Good supports, no contraindications reported.',
};

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected the database to refuse');
}

describe.each(TEST_DIALECTS)('database refusals in the one error shape (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  async function signedConsultation(): Promise<string> {
    const draft = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/consultations`,
      cookie: clinic.therapist.cookie,
      payload: complete,
    });
    const id = draft.json().id as string;
    const signed = await t.request({ method: 'POST', url: `/api/consultations/${id}/sign`, cookie: clinic.therapist.cookie });
    expect(signed.statusCode).toBe(200);
    return id;
  }

  it('turns a unique violation into a 409 that names what already exists', async () => {
    const existing = clinic.therapist.user;
    const err = await caught(
      t.deps.db
        .insertInto('users')
        .values({
          id: 'dup',
          email: existing.email,
          display_name: 'Twin',
          password_hash: 'x',
          status: 'active',
          created_at: t.deps.clock().toISOString(),
          updated_at: t.deps.clock().toISOString(),
          client_id: null,
        })
        .execute(),
    );
    expect(fromDatabaseError(err)).toMatchObject({
      status: 409,
      code: 'already_exists',
      message: 'An account with this email already exists.',
      issues: [{ path: 'email', message: 'An account with this email already exists.' }],
    });
  });

  it('names an unexpected unique violation by its table and column', async () => {
    const err = await caught(
      t.deps.db
        .insertInto('throttle')
        .values({ key: 'k', window_started_at: '2026-01-01T00:00:00.000Z', count: 1 })
        .execute()
        .then(() =>
          t.deps.db.insertInto('throttle').values({ key: 'k', window_started_at: '2026-01-01T00:00:00.000Z', count: 1 }).execute(),
        ),
    );
    expect(fromDatabaseError(err)).toMatchObject({ status: 409, code: 'already_exists', message: expect.stringContaining('throttle key') });
  });

  it('turns the locked-record trigger into a 409 record_locked that says how to amend', async () => {
    const id = await signedConsultation();
    const err = await caught(t.deps.db.updateTable('consultations').set({ goals: 'sneaky' }).where('id', '=', id).execute());
    const mapped = fromDatabaseError(err);
    expect(mapped).toMatchObject({ status: 409, code: 'record_locked' });
    expect(mapped?.message).toMatch(/signed and locked.*amendment/);
  });

  it('answers a signed consultation update attempt over HTTP with 409 record_locked, never a 500', async () => {
    const id = await signedConsultation();
    // A use case that skipped the status check: only the database's trigger stands in the way.
    const app = Fastify({ logger: false });
    registerErrorHandler(app);
    app.put('/careless/:id', async (request) =>
      inTransaction(t.deps, async (tx) => {
        await tx.db
          .updateTable('consultations')
          .set({ goals: 'overwritten' })
          .where('id', '=', (request.params as { id: string }).id)
          .execute();
        await appendAudit(tx, { actor: null, ip: '', now: t.deps.clock() }, { action: 'consultation.update' });
        return { ok: true };
      }),
    );
    const response = await app.inject({ method: 'PUT', url: `/careless/${id}` });
    await app.close();
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: { code: 'record_locked', message: RECORD_LOCKED_MESSAGE } });
    const row = await t.deps.db.selectFrom('consultations').select('goals').where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.goals).toBe(complete.goals);
  });

  it('never answers 500 when a save races the signature', async () => {
    for (let round = 0; round < 3; round++) {
      const draft = await t.request({
        method: 'POST',
        url: `/api/clients/${clinic.clientId}/consultations`,
        cookie: clinic.therapist.cookie,
        payload: complete,
      });
      const id = draft.json().id as string;
      const [save, sign] = await Promise.all([
        t.request({
          method: 'PUT',
          url: `/api/consultations/${id}`,
          cookie: clinic.therapist.cookie,
          payload: { ...complete, goals: 'late' },
        }),
        t.request({ method: 'POST', url: `/api/consultations/${id}/sign`, cookie: clinic.therapist.cookie }),
      ]);
      expect(sign.statusCode).toBe(200);
      expect([200, 409]).toContain(save.statusCode);
      if (save.statusCode === 409) expect(save.json().error.code).toBe('record_locked');
    }
  });
});
