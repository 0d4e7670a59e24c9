import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromJsonColumn } from '../../db/json-column.js';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const complete = {
  heldOn: '2026-11-20',
  emotionalHistory: 'Long history of low mood since adolescence.',
  traumaHistory: 'A car accident in 2019; nightmares since.',
  priorTreatment: 'CBT (2 years), two SSRIs.',
  currentMedications: 'Sertraline 100 mg',
  goals: 'To feel present with family again.',
  presentingConcerns: ['depression_not_improved', 'trauma_affecting_daily_life'],
  relatedTherapies: ['emdr'],
  fitNotes: 'Good support; stable housing.',
  decision: 'proceed_to_preparation',
  decisionReasons: 'Treatment-resistant depression, good supports, no contraindications reported.',
};

describe.each(TEST_DIALECTS)('consultation record (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  const start = (cookie: string, body: object = {}) =>
    t.request({ method: 'POST', url: `/api/clients/${clinic.clientId}/consultations`, cookie, payload: body });

  it('saves a half-done draft, refuses to sign it, naming what is missing', async () => {
    const draft = await start(clinic.therapist.cookie, { goals: 'Feel less numb' });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({ status: 'draft', goals: 'Feel less numb', decision: null });
    const sign = await t.request({ method: 'POST', url: `/api/consultations/${draft.json().id}/sign`, cookie: clinic.therapist.cookie });
    expect(sign.statusCode).toBe(400);
    expect(sign.json().error.issues.map((i: { path: string }) => i.path)).toEqual([
      'heldOn',
      'presentingConcerns',
      'decision',
      'decisionReasons',
    ]);
  });

  it('signs a complete record, locks it, and moves the client to preparation', async () => {
    const id = (await start(clinic.therapist.cookie, complete)).json().id;
    const signed = await t.request({ method: 'POST', url: `/api/consultations/${id}/sign`, cookie: clinic.therapist.cookie });
    expect(signed.json()).toMatchObject({
      status: 'signed',
      signedAt: '2026-11-22T10:00:00.000Z',
      signedByName: clinic.therapist.user.displayName,
    });
    const client = (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: clinic.therapist.cookie })).json();
    expect(client.phase).toBe('preparation');
    const moved = await t.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'client.phase_change')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(fromJsonColumn(moved.detail)).toMatchObject({ from: 'consultation', to: 'preparation', cause: 'consultation_signed' });
    const edit = await t.request({
      method: 'PUT',
      url: `/api/consultations/${id}`,
      cookie: clinic.therapist.cookie,
      payload: { ...complete, goals: 'changed' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('record_locked');
    await expect(t.deps.db.updateTable('consultations').set({ goals: 'sneaky' }).where('id', '=', id).execute()).rejects.toThrow(/locked/);
  });

  it('keeps the original when a signed record is amended', async () => {
    const id = (await start(clinic.therapist.cookie, complete)).json().id;
    await t.request({ method: 'POST', url: `/api/consultations/${id}/sign`, cookie: clinic.therapist.cookie });
    t.advance(20 * 60_000);
    const amended = await t.request({
      method: 'POST',
      url: `/api/consultations/${id}/amendments`,
      cookie: clinic.therapist.cookie,
      payload: { section: 'history', text: 'Correction: the accident was in 2018.' },
    });
    expect(amended.json().traumaHistory).toBe(complete.traumaHistory);
    expect(amended.json().amendments).toEqual([
      {
        id: expect.any(String),
        section: 'history',
        text: 'Correction: the accident was in 2018.',
        authorName: clinic.therapist.user.displayName,
        createdAt: '2026-11-22T10:20:00.000Z',
      },
    ]);
    const badSection = await t.request({
      method: 'POST',
      url: `/api/consultations/${id}/amendments`,
      cookie: clinic.therapist.cookie,
      payload: { section: 'dose', text: 'x' },
    });
    expect(badSection.statusCode).toBe(400);
    expect(badSection.json().error.issues[0].path).toBe('section');
  });

  it('pauses the client on "not now" and names a bad decision', async () => {
    const bad = await start(clinic.therapist.cookie, { ...complete, decision: 'maybe' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('decision');
    const id = (
      await start(clinic.therapist.cookie, {
        ...complete,
        decision: 'not_now',
        decisionReasons: 'Moving house next month; revisit in spring.',
      })
    ).json().id;
    await t.request({ method: 'POST', url: `/api/consultations/${id}/sign`, cookie: clinic.therapist.cookie });
    const client = (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: clinic.therapist.cookie })).json();
    expect(client.phase).toBe('paused');
  });

  it('lets the care team read it, only the therapist write it, and no one else see it', async () => {
    const id = (await start(clinic.therapist.cookie, complete)).json().id;
    expect((await t.request({ method: 'GET', url: `/api/consultations/${id}`, cookie: clinic.prescriber.cookie })).statusCode).toBe(200);
    expect(
      (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/consultations`, cookie: clinic.coFacilitator.cookie })).json()
        .consultations,
    ).toHaveLength(1);
    expect((await start(clinic.prescriber.cookie, complete)).statusCode).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/consultations/${id}/sign`, cookie: clinic.prescriber.cookie })).statusCode).toBe(
      404,
    );
    expect((await t.request({ method: 'GET', url: `/api/consultations/${id}`, cookie: clinic.otherTherapist.cookie })).statusCode).toBe(
      404,
    );
    expect((await t.request({ method: 'GET', url: `/api/consultations/${id}` })).statusCode).toBe(401);
    const reads = await t.deps.db.selectFrom('audit_log').select('action').where('record_id', '=', id).execute();
    expect(reads.map((r) => r.action)).toEqual(['consultation.create', 'consultation.read']);
  });
});
