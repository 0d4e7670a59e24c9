import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, clientPortalCookie, openClinic, PHQ9_ALL_ZERO } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const ENTRY = '01900000-0000-7000-8000-000000000001';
const OTHER_ENTRY = '01900000-0000-7000-8000-000000000002';

describe.each(TEST_DIALECTS)('draft responses and early flags (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  const assign = async (instrumentId: string) =>
    (
      await t.request({
        method: 'POST',
        url: `/api/clients/${clinic.clientId}/measure-assignments`,
        cookie: clinic.therapist.cookie,
        payload: { instrumentId },
      })
    ).json().id as string;
  const portalDraft = (cookie: string | undefined, id: string, answers: Record<string, unknown>) =>
    t.request({ method: 'PUT', url: `/api/portal/assignments/${id}/draft`, ...(cookie ? { cookie } : {}), payload: { answers } });
  const entryDraft = (cookie: string | undefined, instrumentId: string, answers: Record<string, unknown>, entryId = ENTRY) =>
    t.request({
      method: 'PUT',
      url: `/api/clients/${clinic.clientId}/measure-entries/${entryId}/draft`,
      ...(cookie ? { cookie } : {}),
      payload: { instrumentId, answers },
    });
  const flags = async () =>
    (
      await t.request({ method: 'GET', url: `/api/safety-flags?state=all&clientId=${clinic.clientId}`, cookie: clinic.therapist.cookie })
    ).json().flags as { kind: string; urgency: string; source: { id: string }; acknowledgement: unknown }[];
  const chart = async () =>
    (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/measures`, cookie: clinic.therapist.cookie })).json();

  it('raises one flag from a portal draft with only question 9 answered, keeps it when the answer is changed back, and shows the draft as incomplete', async () => {
    const id = await assign('PHQ-9');
    const cookie = await clientPortalCookie(t, clinic);
    const first = await portalDraft(cookie, id, { '9': 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      saved: true,
      savedAt: '2026-11-22T10:00:00.000Z',
      showCrisisResources: true,
      careTeamAlert: 'waiting',
      crisis: { crisisLine: '988', emergencyNumber: '911' },
    });
    expect(first.body).not.toMatch(/total|band|minimal|score/i);
    expect(await flags()).toEqual([expect.objectContaining({ kind: 'phq9_item9', urgency: 'high', acknowledgement: null })]);
    const mail = await t.deps.db.selectFrom('outbox').select('to_address').where('purpose', '=', 'safety flag notice').execute();
    expect(mail).toHaveLength(2);

    // The same save again, then the answer changed back: still one flag, never cleared.
    expect((await portalDraft(cookie, id, { '9': 1 })).statusCode).toBe(200);
    const changedBack = await portalDraft(cookie, id, { '1': 0, '9': 0 });
    expect(changedBack.json().showCrisisResources).toBe(true);
    expect(await flags()).toHaveLength(1);

    const home = (await t.request({ method: 'GET', url: '/api/portal', cookie })).json();
    expect(home.assignments).toEqual([expect.objectContaining({ id, started: true })]);
    // Coming back to the page: the answers saved so far, and the crisis resources still shown.
    const again = (await t.request({ method: 'GET', url: `/api/portal/assignments/${id}`, cookie })).json();
    expect(again.draft).toEqual({ answers: { '1': 0, '9': 0 }, savedAt: expect.any(String) });
    expect(again.showCrisisResources).toBe(true);

    const measures = await chart();
    expect(measures.responses).toEqual([]);
    expect(measures.inProgress).toEqual([
      expect.objectContaining({
        instrumentId: 'PHQ-9',
        entryMode: 'client',
        missingItems: [2, 3, 4, 5, 6, 7, 8],
        summary: 'Incomplete — questions 2–8 not answered; not scored.',
      }),
    ]);
    expect(JSON.stringify(measures.inProgress)).not.toMatch(/"total"|"band"/);
    // Each save is audited with ids only.
    const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'measure.draft_save').execute();
    expect(audit).toHaveLength(3);
    for (const row of audit) expect(JSON.stringify(row.detail)).not.toMatch(/answers|"9"|PHQ/);
  });

  it('keeps a portal response sent with only question 9 as incomplete, with the one flag it raised as a draft', async () => {
    const id = await assign('PHQ-9');
    const cookie = await clientPortalCookie(t, clinic);
    await portalDraft(cookie, id, { '9': 2 });
    const sent = await t.request({
      method: 'POST',
      url: `/api/portal/assignments/${id}/response`,
      cookie,
      payload: { answers: { '9': 2 } },
    });
    expect(sent.json()).toEqual({
      received: true,
      showCrisisResources: true,
      careTeamAlert: 'waiting',
      crisis: { crisisLine: '988', emergencyNumber: '911' },
    });
    const measures = await chart();
    expect(measures.inProgress).toEqual([]);
    expect(measures.responses).toEqual([
      expect.objectContaining({ status: 'incomplete', missingItems: [1, 2, 3, 4, 5, 6, 7, 8], total: null, band: null }),
    ]);
    expect(measures.assignments[0].status).toBe('completed');
    const raised = await flags();
    expect(raised).toHaveLength(1);
    expect(raised[0]?.source.id).toBe(measures.responses[0].id);
    // Sent means locked, draft included.
    await expect(t.deps.db.updateTable('measure_drafts').set({ answers: '{}' }).execute()).rejects.toThrow(/locked/);
    await expect(t.deps.db.deleteFrom('measure_drafts').execute()).rejects.toThrow(/locked/);
    expect((await portalDraft(cookie, id, { '9': 0 })).statusCode).toBe(404);
  });

  it('scores and locks a complete portal response sent after drafts, without raising its flag twice', async () => {
    const id = await assign('PHQ-9');
    const cookie = await clientPortalCookie(t, clinic);
    await portalDraft(cookie, id, { '9': 1 });
    const sent = await t.request({
      method: 'POST',
      url: `/api/portal/assignments/${id}/response`,
      cookie,
      payload: { answers: { ...PHQ9_ALL_ZERO, '9': 1 } },
    });
    expect(sent.json().showCrisisResources).toBe(true);
    expect((await chart()).responses).toEqual([expect.objectContaining({ status: 'complete', total: 1 })]);
    expect(await flags()).toHaveLength(1);
  });

  it('raises an urgent flag from a clinician entry with only ASQ question 5 "yes", and keeps the sent entry as incomplete', async () => {
    const saved = await entryDraft(clinic.therapist.cookie, 'ASQ', { '5': 'yes' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      id: ENTRY,
      missingItems: [1, 2, 3, 4],
      flagged: true,
      flagsRaised: [{ id: expect.any(String), kind: 'asq_acute', urgency: 'urgent' }],
    });
    expect((await entryDraft(clinic.therapist.cookie, 'ASQ', { '5': 'yes' })).json()).toMatchObject({ flagsRaised: [], flagged: true });
    expect((await chart()).inProgress).toEqual([
      expect.objectContaining({ id: ENTRY, entryMode: 'clinician_with_client', missingItems: [1, 2, 3, 4] }),
    ]);

    const sent = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/measure-responses`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'ASQ', answers: { '5': 'yes' }, entryId: ENTRY },
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ response: { id: ENTRY, status: 'incomplete', missingItems: [1, 2, 3, 4] }, flagsRaised: [] });
    expect(await flags()).toEqual([expect.objectContaining({ kind: 'asq_acute', urgency: 'urgent' })]);
    const twice = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/measure-responses`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'ASQ', answers: { '5': 'yes' }, entryId: ENTRY },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('raises a positive ASQ at once and again as urgent when question 5 turns "yes", but never steps back', async () => {
    expect((await entryDraft(clinic.prescriber.cookie, 'ASQ', { '1': 'declined' })).json().flagsRaised).toMatchObject([
      { kind: 'asq_positive' },
    ]);
    expect((await entryDraft(clinic.prescriber.cookie, 'ASQ', { '1': 'declined', '5': 'yes' })).json().flagsRaised).toMatchObject([
      { kind: 'asq_acute', urgency: 'urgent' },
    ]);
    expect((await entryDraft(clinic.prescriber.cookie, 'ASQ', { '1': 'declined', '5': 'no' })).json().flagsRaised).toEqual([]);
    expect((await flags()).map((f) => f.kind).sort()).toEqual(['asq_acute', 'asq_positive']);
  });

  it('keeps the flag and the draft when a sent ASQ is refused as inconsistent', async () => {
    const refused = await t.request({
      method: 'POST',
      url: `/api/clients/${clinic.clientId}/measure-responses`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'ASQ', answers: { '1': 'no', '2': 'no', '3': 'no', '4': 'no', '5': 'yes' } },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues).toEqual([{ path: 'answers.5', message: expect.stringContaining('asked only when') }]);
    expect(await flags()).toEqual([expect.objectContaining({ kind: 'asq_acute', urgency: 'urgent' })]);
    expect((await chart()).inProgress).toHaveLength(1);
  });

  it.each([
    ['a string', 'often'],
    ['a fraction', 1.5],
    ['out of range', 7],
    ['null', null],
  ])('refuses %s, naming the question and what it allows, and saves nothing', async (_what, value) => {
    const id = await assign('PHQ-9');
    const cookie = await clientPortalCookie(t, clinic);
    const issue = [{ path: 'answers.9', message: 'Choose one of 0, 1, 2 or 3.' }];
    for (const response of [
      await portalDraft(cookie, id, { '1': 0, '9': value }),
      await t.request({ method: 'POST', url: `/api/portal/assignments/${id}/response`, cookie, payload: { answers: { '9': value } } }),
      await entryDraft(clinic.therapist.cookie, 'PHQ-9', { '9': value }),
      await t.request({
        method: 'POST',
        url: `/api/clients/${clinic.clientId}/measure-responses`,
        cookie: clinic.therapist.cookie,
        payload: { instrumentId: 'PHQ-9', answers: { '9': value } },
      }),
    ]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues).toEqual(issue);
    }
    expect(await t.deps.db.selectFrom('measure_drafts').selectAll().execute()).toEqual([]);
  });

  it('says what an ASQ question allows', async () => {
    const response = await entryDraft(clinic.therapist.cookie, 'ASQ', { '2': 1, '5': 'declined' });
    expect(response.json().error.issues).toEqual([
      { path: 'answers.2', message: 'Choose yes, no or declined.' },
      { path: 'answers.5', message: 'Choose yes or no.' },
    ]);
  });

  it('asks for sign-in, and answers 404 for drafts the person may not touch', async () => {
    const id = await assign('GAD-7');
    expect((await portalDraft(undefined, id, { '1': 0 })).statusCode).toBe(401);
    expect((await entryDraft(undefined, 'GAD-7', { '1': 0 })).statusCode).toBe(401);
    // Staff have no portal; a clinician off the team, or a co-facilitator, cannot enter for this client.
    expect((await portalDraft(clinic.therapist.cookie, id, { '1': 0 })).statusCode).toBe(404);
    expect((await entryDraft(clinic.otherTherapist.cookie, 'GAD-7', { '1': 0 })).statusCode).toBe(404);
    expect((await entryDraft(clinic.coFacilitator.cookie, 'GAD-7', { '1': 0 })).statusCode).toBe(404);
    const cookie = await clientPortalCookie(t, clinic);
    expect((await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/measures`, cookie })).statusCode).toBe(404);
    expect((await entryDraft(cookie, 'GAD-7', { '1': 0 })).statusCode).toBe(404);
    // Another client's questionnaire, and an entry id already used for another questionnaire.
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
    expect((await portalDraft(cookie, theirs.json().id, { '1': 0 })).statusCode).toBe(404);
    expect((await entryDraft(clinic.therapist.cookie, 'GAD-7', { '1': 0 }, OTHER_ENTRY)).statusCode).toBe(200);
    expect((await entryDraft(clinic.therapist.cookie, 'PHQ-9', { '1': 0 }, OTHER_ENTRY)).statusCode).toBe(404);
  });

  it('refuses bad input on the new routes, naming the field', async () => {
    const bad = await t.request({
      method: 'PUT',
      url: `/api/clients/${clinic.clientId}/measure-entries/not-an-id/draft`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'PHQ-9', answers: {} },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('entryId');
    const unknown = await entryDraft(clinic.therapist.cookie, 'BDI', {});
    expect(unknown.json().error.issues[0].path).toBe('instrumentId');
    const extra = await entryDraft(clinic.therapist.cookie, 'GAD-7', { '8': 0 });
    expect(extra.json().error.issues).toEqual([{ path: 'answers.8', message: 'The GAD-7 has questions 1 to 7; there is no question 8.' }]);
    const id = await assign('PHQ-9');
    const cookie = await clientPortalCookie(t, clinic);
    const noAnswers = await t.request({ method: 'PUT', url: `/api/portal/assignments/${id}/draft`, cookie, payload: {} });
    expect(noAnswers.statusCode).toBe(400);
    expect(noAnswers.json().error.issues[0].path).toBe('answers');
  });
});
