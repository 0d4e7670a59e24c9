import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, clientPortalCookie, openClinic, PHQ9_ALL_ZERO } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

describe.each(TEST_DIALECTS)('measures and safety flags (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  const record = (cookie: string, instrumentId: string, answers: Record<string, unknown>) =>
    t.request({ method: 'POST', url: `/api/clients/${clinic.clientId}/measure-responses`, cookie, payload: { instrumentId, answers } });

  it('serves the official wording and attribution', async () => {
    const list = await t.request({ method: 'GET', url: '/api/instruments', cookie: clinic.therapist.cookie });
    expect(list.json().instruments.map((i: { id: string }) => i.id)).toEqual(['PHQ-9', 'GAD-7', 'PCL-5', 'ASQ', 'MAIA-2']);
    const phq9 = (await t.request({ method: 'GET', url: '/api/instruments/PHQ-9', cookie: clinic.therapist.cookie })).json();
    expect(phq9.items[8].text).toContain('Thoughts that you would be better off dead');
    expect(phq9.attribution.authors).toContain('Kroenke');
    expect((await t.request({ method: 'GET', url: '/api/instruments/PHQ-9' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/instruments/BDI', cookie: clinic.therapist.cookie })).statusCode).toBe(400);
  });

  it('scores a PHQ-9 entered with the client, stores it locked, and shows it in the chart', async () => {
    const response = await record(clinic.therapist.cookie, 'PHQ-9', { ...PHQ9_ALL_ZERO, '1': 3, '2': 3, '3': 2, '4': 2 });
    expect(response.statusCode).toBe(200);
    expect(response.json().response).toMatchObject({
      total: 10,
      band: { code: 'moderate' },
      entryMode: 'clinician_with_client',
      summary: 'Total 10 of 27 — Moderate',
    });
    expect(response.json().flagsRaised).toEqual([]);
    const id = response.json().response.id;
    await expect(t.deps.db.updateTable('measure_responses').set({ total: 0 }).where('id', '=', id).execute()).rejects.toThrow(/locked/);
    await expect(t.deps.db.deleteFrom('measure_responses').where('id', '=', id).execute()).rejects.toThrow(/locked/);
    const chart = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/measures`, cookie: clinic.coFacilitator.cookie })
    ).json();
    expect(chart.responses).toHaveLength(1);
    expect(chart.series).toEqual([
      expect.objectContaining({ instrumentId: 'PHQ-9', maxTotal: 27, points: [expect.objectContaining({ total: 10, change: null })] }),
    ]);
  });

  it('keeps a response sent with questions unanswered as incomplete, naming them, and never scores it', async () => {
    const { '3': _skip, '7': _skip2, ...partial } = PHQ9_ALL_ZERO;
    const response = await record(clinic.therapist.cookie, 'PHQ-9', partial);
    expect(response.statusCode).toBe(200);
    expect(response.json().response).toMatchObject({
      status: 'incomplete',
      missingItems: [3, 7],
      total: null,
      band: null,
      summary: 'Incomplete — questions 3 and 7 not answered; not scored.',
    });
    const chart = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/measures`, cookie: clinic.therapist.cookie })
    ).json();
    expect(chart.series).toEqual([]);
  });

  it('refuses an out-of-range answer, naming the item', async () => {
    const response = await record(clinic.therapist.cookie, 'GAD-7', { '1': 4, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([{ path: 'answers.1', message: expect.any(String) }]);
    const notANumber = await record(clinic.therapist.cookie, 'PHQ-9', { ...PHQ9_ALL_ZERO, '2': 'often' });
    expect(notANumber.statusCode).toBe(400);
    expect(notANumber.json().error.issues[0].path).toBe('answers.2');
  });

  it('raises a flag at once for PHQ-9 item 9 with a low total, shows it to the care team and the list, and mails no clinical words', async () => {
    const response = await record(clinic.therapist.cookie, 'PHQ-9', { ...PHQ9_ALL_ZERO, '9': 1 });
    expect(response.json().response.total).toBe(1);
    expect(response.json().flagsRaised).toEqual([{ id: expect.any(String), kind: 'phq9_item9', urgency: 'high' }]);
    for (const who of [clinic.therapist, clinic.prescriber, clinic.coFacilitator]) {
      const flags = (await t.request({ method: 'GET', url: '/api/safety-flags', cookie: who.cookie })).json().flags;
      expect(flags).toEqual([expect.objectContaining({ clientId: clinic.clientId, kind: 'phq9_item9', acknowledgement: null })]);
    }
    expect((await t.request({ method: 'GET', url: '/api/safety-flags', cookie: clinic.otherTherapist.cookie })).json().flags).toEqual([]);
    const list = (await t.request({ method: 'GET', url: '/api/clients?flagged=open', cookie: clinic.therapist.cookie })).json();
    expect(list.clients[0].flags).toEqual({ open: 1, urgent: 0 });
    const mail = await t.deps.db.selectFrom('outbox').selectAll().where('purpose', '=', 'safety flag notice').execute();
    expect(mail.map((m) => m.to_address).sort()).toEqual([clinic.prescriber.user.email, clinic.therapist.user.email].sort());
    for (const m of mail) {
      expect(m.body_text).not.toMatch(/Morgan|PHQ|question 9|dead/i);
    }
  });

  it('acknowledges a flag with a named clinician and a note; the flag stays, and cannot be changed again', async () => {
    const flagId = (await record(clinic.therapist.cookie, 'PHQ-9', { ...PHQ9_ALL_ZERO, '9': 2 })).json().flagsRaised[0].id;
    const noNote = await t.request({
      method: 'POST',
      url: `/api/safety-flags/${flagId}/acknowledge`,
      cookie: clinic.therapist.cookie,
      payload: { note: ' ' },
    });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.issues[0].path).toBe('note');
    const coFac = await t.request({
      method: 'POST',
      url: `/api/safety-flags/${flagId}/acknowledge`,
      cookie: clinic.coFacilitator.cookie,
      payload: { note: 'Seen' },
    });
    expect(coFac.statusCode).toBe(404);
    const ack = await t.request({
      method: 'POST',
      url: `/api/safety-flags/${flagId}/acknowledge`,
      cookie: clinic.prescriber.cookie,
      payload: { note: 'Called Mo the same day; safety plan reviewed; no plan or intent.' },
    });
    expect(ack.json().acknowledgement).toEqual({
      at: '2026-11-22T10:00:00.000Z',
      byName: clinic.prescriber.user.displayName,
      note: expect.stringContaining('safety plan'),
    });
    expect((await t.request({ method: 'GET', url: '/api/safety-flags', cookie: clinic.therapist.cookie })).json().flags).toEqual([]);
    const all = (
      await t.request({ method: 'GET', url: `/api/safety-flags?state=all&clientId=${clinic.clientId}`, cookie: clinic.therapist.cookie })
    ).json();
    expect(all.flags).toHaveLength(1);
    const twice = await t.request({
      method: 'POST',
      url: `/api/safety-flags/${flagId}/acknowledge`,
      cookie: clinic.therapist.cookie,
      payload: { note: 'again' },
    });
    expect(twice.statusCode).toBe(409);
    await expect(t.deps.db.deleteFrom('safety_flags').where('id', '=', flagId).execute()).rejects.toThrow(/locked/);
    await expect(
      t.deps.db.updateTable('safety_flags').set({ acknowledgement_note: 'rewritten' }).where('id', '=', flagId).execute(),
    ).rejects.toThrow(/locked/);
    const audit = await t.deps.db.selectFrom('audit_log').select('action').where('record_id', '=', flagId).execute();
    expect(audit.map((a) => a.action)).toEqual(['safety_flag.raise', 'safety_flag.alert', 'safety_flag.acknowledge']);
  });

  it('marks an acute ASQ urgent, and a non-acute one high', async () => {
    const acute = await record(clinic.therapist.cookie, 'ASQ', { '1': 'yes', '2': 'no', '3': 'no', '4': 'no', '5': 'yes' });
    expect(acute.json().response.summary).toMatch(/acute positive/i);
    expect(acute.json().flagsRaised).toEqual([expect.objectContaining({ kind: 'asq_acute', urgency: 'urgent' })]);
    const nonAcute = await record(clinic.therapist.cookie, 'ASQ', { '1': 'no', '2': 'declined', '3': 'no', '4': 'no', '5': 'no' });
    expect(nonAcute.json().flagsRaised).toEqual([expect.objectContaining({ kind: 'asq_positive', urgency: 'high' })]);
    const negative = await record(clinic.therapist.cookie, 'ASQ', { '1': 'no', '2': 'no', '3': 'no', '4': 'no' });
    expect(negative.json().flagsRaised).toEqual([]);
    const flags = (await t.request({ method: 'GET', url: '/api/safety-flags', cookie: clinic.therapist.cookie })).json().flags;
    expect(flags.map((f: { urgency: string }) => f.urgency)).toEqual(['urgent', 'high']);
  });

  it('draws change from baseline with response and remission markers', async () => {
    // A month apart: the therapist signs in afresh each time, as a staff session lasts at most 12 hours.
    const monthly = async (answers: Record<string, number>) => {
      const cookie = await t.signIn(clinic.therapist.user);
      expect((await record(cookie, 'PHQ-9', { ...PHQ9_ALL_ZERO, ...answers })).statusCode).toBe(200);
      t.advance(30 * 86_400_000);
      return cookie;
    };
    await monthly({ '1': 3, '2': 3, '3': 3, '4': 3, '5': 3, '6': 3 });
    await monthly({ '1': 3, '2': 3, '3': 2 });
    await monthly({ '1': 1, '2': 1 });
    const cookie = await t.signIn(clinic.therapist.user);
    const series = (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/measures`, cookie })).json().series[0];
    expect(series.points.map((p: { total: number }) => p.total)).toEqual([18, 8, 2]);
    expect(series.points[1].change).toMatchObject({ response: true, remission: false });
    expect(series.points[2].change).toMatchObject({ response: true, remission: true });
    expect(series.bands.map((b: { code: string }) => b.code)).toEqual(['minimal', 'mild', 'moderate', 'moderately_severe', 'severe']);
  });

  it('records a clinician-entered score for a licensed instrument by name, but not for one Holdspace ships', async () => {
    const ok = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clinician-scores`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentName: 'CADSS', score: 12, administeredOn: '2026-11-20', note: 'After first session' },
    });
    expect(ok.json()).toMatchObject({ instrumentName: 'CADSS', score: 12, recordedByName: clinic.therapist.user.displayName });
    const shipped = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clinician-scores`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentName: 'phq9', score: 3, administeredOn: '2026-11-20' },
    });
    expect(shipped.statusCode).toBe(400);
    expect(shipped.json().error.issues[0].path).toBe('instrumentName');
  });

  it('assigns a measure to the portal; the client completes it there, sees crisis resources when flagged, and never a score', async () => {
    const assigned = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/measure-assignments`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'PHQ-9', context: 'consultation' },
    });
    expect(assigned.json()).toMatchObject({ status: 'open', instrumentId: 'PHQ-9' });
    const twice = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/measure-assignments`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'PHQ-9' },
    });
    expect(twice.statusCode).toBe(409);

    const cookie = await clientPortalCookie(t, clinic);
    const home = (await t.request({ method: 'GET', url: '/api/portal', cookie })).json();
    expect(home.assignments).toEqual([expect.objectContaining({ id: assigned.json().id, title: expect.stringContaining('PHQ-9') })]);
    const form = (await t.request({ method: 'GET', url: `/api/portal/assignments/${assigned.json().id}`, cookie })).json();
    expect(form.instrument.items).toHaveLength(10);

    const partial = await t.request({
      method: 'PUT',
      url: `/api/portal/assignments/${assigned.json().id}/draft`,
      cookie,
      payload: { answers: { '1': 1 } },
    });
    expect(partial.json()).toMatchObject({ saved: true, showCrisisResources: false });
    const sent = await t.request({
      method: 'POST',
      url: `/api/portal/assignments/${assigned.json().id}/response`,
      cookie,
      payload: { answers: { ...PHQ9_ALL_ZERO, '9': 1 } },
    });
    expect(sent.json()).toEqual({
      received: true,
      showCrisisResources: true,
      careTeamAlert: 'waiting',
      crisis: { crisisLine: '988', emergencyNumber: '911' },
    });
    expect(sent.body).not.toMatch(/total|band|minimal|mild|severe/i);
    const again = await t.request({
      method: 'POST',
      url: `/api/portal/assignments/${assigned.json().id}/response`,
      cookie,
      payload: { answers: PHQ9_ALL_ZERO },
    });
    expect(again.statusCode).toBe(404);

    const flags = (await t.request({ method: 'GET', url: '/api/safety-flags', cookie: clinic.therapist.cookie })).json().flags;
    expect(flags).toEqual([expect.objectContaining({ kind: 'phq9_item9' })]);
    const chart = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/measures`, cookie: clinic.therapist.cookie })
    ).json();
    expect(chart.assignments[0].status).toBe('completed');
    expect(chart.responses[0].entryMode).toBe('client');
  });

  it('never lets one client read or answer another client’s questionnaire', async () => {
    const other = await t.request({
      method: 'POST',
      url: '/api/clients',
      cookie: clinic.therapist.cookie,
      payload: { legalName: 'Other Person', email: 'other@example.org', therapistId: clinic.therapist.user.id },
    });
    const theirs = await t.request({
      method: 'POST',
      url: `/api/clients/${other.json().id}/measure-assignments`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'GAD-7' },
    });
    const cookie = await clientPortalCookie(t, clinic);
    expect((await t.request({ method: 'GET', url: `/api/portal/assignments/${theirs.json().id}`, cookie })).statusCode).toBe(404);
    const answer = await t.request({
      method: 'POST',
      url: `/api/portal/assignments/${theirs.json().id}/response`,
      cookie,
      payload: { answers: { '1': 0 } },
    });
    expect(answer.statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/clients/${other.json().id}/measures`, cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/measures`, cookie })).statusCode).toBe(404);
  });

  it('cancels an open assignment; staff off the team cannot', async () => {
    const assigned = (
      await t.request({
        method: 'POST',
        url: `/api/clients/${clinic.clientId}/measure-assignments`,
        cookie: clinic.therapist.cookie,
        payload: { instrumentId: 'GAD-7' },
      })
    ).json();
    expect(
      (await t.request({ method: 'POST', url: `/api/measure-assignments/${assigned.id}/cancel`, cookie: clinic.otherTherapist.cookie }))
        .statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'POST', url: `/api/measure-assignments/${assigned.id}/cancel` })).statusCode).toBe(401);
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/measure-assignments/${assigned.id}/cancel`,
      cookie: clinic.therapist.cookie,
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', assignedByName: clinic.therapist.user.displayName });
  });
});
