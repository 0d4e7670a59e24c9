import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_MONITORING } from '../../domain/medical/monitoring-settings.js';
import { SCREENING_ITEMS } from '../../domain/medical/screening-checklist.js';
import { type Clinic, openClinic, PHQ9_ALL_ZERO } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

function checklist(overrides: Record<string, { answer: string; note: string }> = {}) {
  return { ...Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no', note: '' }])), ...overrides };
}

describe.each(TEST_DIALECTS)('medical screening and clearance (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
    // Clearance is recorded after a screening; most tests here start from a screened client.
    await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/screenings`,
      cookie: clinic.prescriber.cookie,
      payload: { answers: checklist() },
    });
    t.advance(1000);
  });
  afterEach(async () => t.close());

  const clearance = { clearedOn: '2026-11-22', validUntil: '2027-02-21', conditions: 'Recheck BP before each session.' };

  it('records the checklist for the prescriber in full, and shows the therapist only what needs attention', async () => {
    const answers = checklist({
      uncontrolled_hypertension: { answer: 'yes', note: 'Controlled on lisinopril; 132/84 today' },
      glaucoma: { answer: 'unknown', note: 'Optometrist letter requested' },
    });
    const recorded = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/screenings`,
      cookie: clinic.prescriber.cookie,
      payload: { answers, notes: 'Family history reviewed.' },
    });
    expect(recorded.statusCode).toBe(200);
    const full = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/medical`, cookie: clinic.prescriber.cookie })
    ).json();
    expect(full.view).toBe('full');
    expect(full.screenings[0].answers.uncontrolled_hypertension.note).toContain('lisinopril');
    const summary = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/medical`, cookie: clinic.therapist.cookie })
    ).json();
    expect(summary.view).toBe('summary');
    expect(summary.screenings[0]).toMatchObject({ answers: null, notes: null });
    expect(summary.screenings[0].concerns.map((c: { code: string; answer: string }) => `${c.code}:${c.answer}`)).toEqual([
      'uncontrolled_hypertension:yes',
      'glaucoma:unknown',
    ]);
    expect(JSON.stringify(summary)).not.toContain('lisinopril');
  });

  it('needs every item answered, naming the missing ones', async () => {
    const { glaucoma: _g, ...partial } = checklist();
    const response = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/screenings`,
      cookie: clinic.prescriber.cookie,
      payload: { answers: partial },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([{ path: 'answers.glaucoma', message: expect.any(String) }]);
  });

  it('lets only the prescriber record or withdraw clearance — not the therapist, not a co-facilitator', async () => {
    for (const who of [clinic.therapist, clinic.coFacilitator, clinic.admin, clinic.otherTherapist]) {
      expect(
        (await t.request({ method: 'POST', url: `/api/clients/${clinic.clientId}/clearances`, cookie: who.cookie, payload: clearance }))
          .statusCode,
      ).toBe(404);
      expect(
        (
          await t.request({
            method: 'POST',
            url: `/api/clients/${clinic.clientId}/screenings`,
            cookie: who.cookie,
            payload: { answers: checklist() },
          })
        ).statusCode,
      ).toBe(404);
    }
    const recorded = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: clearance,
    });
    expect(recorded.json()).toMatchObject({ status: 'valid', validUntil: '2027-02-21', monitoring: DEFAULT_MONITORING });
    const withdrawByTherapist = await t.request({
      method: 'POST',
      url: `/api/clearances/${recorded.json().id}/withdraw`,
      cookie: clinic.therapist.cookie,
      payload: { reason: 'x' },
    });
    expect(withdrawByTherapist.statusCode).toBe(404);
  });

  it('shows the current clearance to the whole care team, and a withdrawn one stays on record', async () => {
    const id = (
      await t.request({
        method: 'POST',
        url: `/api/clients/${clinic.clientId}/clearances`,
        cookie: clinic.prescriber.cookie,
        payload: clearance,
      })
    ).json().id;
    const seen = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/medical`, cookie: clinic.coFacilitator.cookie })
    ).json();
    expect(seen.current).toMatchObject({ id, status: 'valid', conditions: 'Recheck BP before each session.' });
    const noReason = await t.request({
      method: 'POST',
      url: `/api/clearances/${id}/withdraw`,
      cookie: clinic.prescriber.cookie,
      payload: { reason: '' },
    });
    expect(noReason.json().error.issues[0].path).toBe('reason');
    const withdrawn = await t.request({
      method: 'POST',
      url: `/api/clearances/${id}/withdraw`,
      cookie: clinic.prescriber.cookie,
      payload: { reason: 'New cardiac symptoms reported' },
    });
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawal: { reason: 'New cardiac symptoms reported' } });
    const after = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/medical`, cookie: clinic.therapist.cookie })
    ).json();
    expect(after.current).toBeNull();
    expect(after.clearances).toHaveLength(1);
    await expect(t.deps.db.updateTable('medical_clearances').set({ withdrawn_at: null }).where('id', '=', id).execute()).rejects.toThrow(
      /locked/,
    );
  });

  it('shows open safety flags on the Medical tab until acknowledged', async () => {
    await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/measure-responses`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'PHQ-9', answers: { ...PHQ9_ALL_ZERO, '9': 1 } },
    });
    const medical = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/medical`, cookie: clinic.prescriber.cookie })
    ).json();
    expect(medical.openSafetyFlags).toHaveLength(1);
    expect(medical.openSafetyFlags[0]).toMatchObject({ kind: 'phq9_item9', acknowledgement: null });
    await t.request({
      method: 'POST',
      url: `/api/safety-flags/${medical.openSafetyFlags[0].id}/acknowledge`,
      cookie: clinic.therapist.cookie,
      payload: { note: 'Spoke with Mo; safety plan reviewed.' },
    });
    const after = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/medical`, cookie: clinic.therapist.cookie })
    ).json();
    expect(after.openSafetyFlags).toEqual([]);
  });

  it('refuses a clearance before any screening is recorded', async () => {
    const unscreened = await openClinic(t, { legalName: 'Sam Rivera', email: 'sam@example.org' });
    const early = await t.request({
      method: 'POST',
      url: `/api/clients/${unscreened.clientId}/clearances`,
      cookie: unscreened.prescriber.cookie,
      payload: clearance,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'screening_required', message: expect.stringMatching(/screening first/) });
  });

  it('refuses dates that do not make sense, naming the field', async () => {
    const backwards = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: { ...clearance, validUntil: '2026-11-01' },
    });
    expect(backwards.json().error.issues[0].path).toBe('validUntil');
    const future = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: { ...clearance, clearedOn: '2026-12-01' },
    });
    expect(future.json().error.issues[0].path).toBe('clearedOn');
    const beforeScreening = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: { ...clearance, clearedOn: '2026-11-21' },
    });
    expect(beforeScreening.statusCode).toBe(400);
    expect(beforeScreening.json().error.issues[0]).toMatchObject({ path: 'clearedOn', message: expect.stringMatching(/screening/) });
    const notADate = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: { ...clearance, clearedOn: '21/11/2026' },
    });
    expect(notADate.json().error.issues[0].path).toBe('clearedOn');
  });

  it('takes this client’s own monitoring numbers, refusing ones that contradict', async () => {
    const own = { ...DEFAULT_MONITORING, minimumObservationMinutes: 150, alerts: { ...DEFAULT_MONITORING.alerts, systolicMax: 170 } };
    const recorded = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: { ...clearance, monitoring: own },
    });
    expect(recorded.json().monitoring).toMatchObject({ minimumObservationMinutes: 150, alerts: { systolicMax: 170 } });
    const contradictory = { ...DEFAULT_MONITORING, baselineBpContraindicated: { systolic: 130, diastolic: 100 } };
    const bad = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: { ...clearance, monitoring: contradictory },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('monitoring.baselineBpContraindicated.systolic');
  });

  it('lets the prescriber change the practice’s monitoring defaults; others may only read them', async () => {
    const settings = (await t.request({ method: 'GET', url: '/api/practice/clinical-settings', cookie: clinic.therapist.cookie })).json();
    expect(settings).toEqual({ monitoring: DEFAULT_MONITORING, pcl5Threshold: 33, clientIdleMinutes: 120 });
    const changed = { ...settings, pcl5Threshold: 31, monitoring: { ...DEFAULT_MONITORING, fastingFoodHours: 4 } };
    expect(
      (await t.request({ method: 'PUT', url: '/api/practice/clinical-settings', cookie: clinic.admin.cookie, payload: changed }))
        .statusCode,
    ).toBe(404);
    const saved = await t.request({
      method: 'PUT',
      url: '/api/practice/clinical-settings',
      cookie: clinic.prescriber.cookie,
      payload: changed,
    });
    expect(saved.json()).toMatchObject({ pcl5Threshold: 31, monitoring: { fastingFoodHours: 4 } });
    const typo = await t.request({
      method: 'PUT',
      url: '/api/practice/clinical-settings',
      cookie: clinic.prescriber.cookie,
      payload: { ...changed, monitoring: { ...changed.monitoring, alerts: { ...DEFAULT_MONITORING.alerts, spo2Min: 920 } } },
    });
    expect(typo.json().error.issues[0].path).toBe('monitoring.alerts.spo2Min');
    const nextClearance = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: clearance,
    });
    expect(nextClearance.json().monitoring.fastingFoodHours).toBe(4);
  });
});
