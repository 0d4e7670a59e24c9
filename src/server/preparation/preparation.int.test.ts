import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, clientPortalCookie, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const touch = {
  consentedTouch: ['hand_on_shoulder', 'holding_hand'],
  neverTouch: 'Never the face or the neck.',
  groundingCues: 'Feet on the floor; "you are here, in this room".',
  wordsToAvoid: 'Calm down',
  signals: [{ signal: 'A raised hand', meaning: 'Pause, please' }],
  reviewedWithClient: true,
};
const plan = {
  warningSigns: 'Not sleeping; pulling away from friends.',
  copingStrategies: 'Walk by the river; paced breathing.',
  peopleAndPlaces: [{ name: 'Sam (sister)', howToReach: '555-0101' }],
  professionals: [{ name: 'Dr. Chen', howToReach: 'Clinic line 555-0199' }],
  makingSafe: 'Medicines kept by Sam during hard weeks.',
};

describe.each(TEST_DIALECTS)('preparation records (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());
  const url = (path: string) => `/api/clients/${clinic.clientId}${path}`;

  it('keeps every version of an intention, from the therapist and from the client, with who and when', async () => {
    const added = await t.request({
      method: 'POST',
      url: url('/intentions'),
      cookie: clinic.therapist.cookie,
      payload: { text: 'Feel at home in my body' },
    });
    expect(added.statusCode).toBe(200);
    const id = added.json().id;
    const portal = await clientPortalCookie(t, clinic);
    t.advance(60_000);
    const revised = await t.request({
      method: 'POST',
      url: `/api/portal/intentions/${id}/versions`,
      cookie: portal,
      payload: { text: 'Feel at home in my body, even when I am sad' },
    });
    expect(revised.json()).toMatchObject({
      text: 'Feel at home in my body, even when I am sad',
      current: { version: 2, writtenByKind: 'client' },
    });
    expect(revised.json().versions.map((v: { version: number; writtenByKind: string }) => `${v.version}:${v.writtenByKind}`)).toEqual([
      '2:client',
      '1:staff',
    ]);
    const own = await t.request({
      method: 'POST',
      url: '/api/portal/intentions',
      cookie: portal,
      payload: { kind: 'goal', text: 'Sleep through the night' },
    });
    expect(own.json()).toMatchObject({ kind: 'goal', current: { writtenByName: 'Mo', writtenByKind: 'client' } });
    const listed = (await t.request({ method: 'GET', url: '/api/portal/intentions', cookie: portal })).json();
    expect(listed.intentions).toHaveLength(2);
    await expect(t.deps.db.updateTable('preparation_revisions').set({ retired: 1 }).execute()).rejects.toThrow(/locked/);
  });

  it('lets the portal account touch only its own records', async () => {
    const other = await openClinic(t, { legalName: 'Sam Rivera', email: 'sam@example.org' });
    const theirs = (
      await t.request({
        method: 'POST',
        url: `/api/clients/${other.clientId}/intentions`,
        cookie: other.therapist.cookie,
        payload: { text: 'Theirs' },
      })
    ).json().id;
    const portal = await clientPortalCookie(t, clinic);
    expect(
      (await t.request({ method: 'POST', url: `/api/portal/intentions/${theirs}/versions`, cookie: portal, payload: { text: 'x' } }))
        .statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/clients/${other.clientId}/safety-plan`, cookie: portal })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: url('/safety-plan'), cookie: portal })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/portal/safety-plan', cookie: clinic.therapist.cookie })).statusCode).toBe(404);
  });

  it('builds the grounding toolkit from both sides, naming a bad kind', async () => {
    const portal = await clientPortalCookie(t, clinic);
    const tool = await t.request({
      method: 'POST',
      url: '/api/portal/grounding-tools',
      cookie: portal,
      payload: { kind: 'object', name: 'River stone', howToUse: 'Hold it in the left hand', whatHelps: 'Its weight' },
    });
    expect(tool.json()).toMatchObject({ kindLabel: 'An object', current: { writtenByKind: 'client' }, versionCount: 1 });
    const revised = await t.request({
      method: 'PUT',
      url: `/api/grounding-tools/${tool.json().id}`,
      cookie: clinic.therapist.cookie,
      payload: { kind: 'object', name: 'River stone', howToUse: 'Hold it, notice its temperature', whatHelps: 'Its weight' },
    });
    expect(revised.json()).toMatchObject({
      howToUse: 'Hold it, notice its temperature',
      versionCount: 2,
      current: { writtenByKind: 'staff' },
    });
    const bad = await t.request({
      method: 'POST',
      url: url('/grounding-tools'),
      cookie: clinic.therapist.cookie,
      payload: { kind: 'crystal', name: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('kind');
    const tools = (await t.request({ method: 'GET', url: url('/grounding-tools'), cookie: clinic.coFacilitator.cookie })).json().tools;
    expect(tools).toHaveLength(1);
  });

  it('versions touch preferences and the safety plan; the client reads them, the crisis lines come from settings', async () => {
    expect((await t.request({ method: 'GET', url: url('/touch-preferences'), cookie: clinic.therapist.cookie })).json()).toEqual({
      current: null,
      history: [],
    });
    await t.request({ method: 'PUT', url: url('/touch-preferences'), cookie: clinic.therapist.cookie, payload: touch });
    t.advance(60_000);
    const second = await t.request({
      method: 'PUT',
      url: url('/touch-preferences'),
      cookie: clinic.therapist.cookie,
      payload: { ...touch, consentedTouch: ['holding_hand'] },
    });
    expect(second.json().current).toMatchObject({ consentedTouch: ['holding_hand'], current: { version: 2 } });
    expect(second.json().history).toHaveLength(2);
    const badTouch = await t.request({
      method: 'PUT',
      url: url('/touch-preferences'),
      cookie: clinic.therapist.cookie,
      payload: { ...touch, consentedTouch: ['hug'] },
    });
    expect(badTouch.json().error.issues[0].path).toBe('consentedTouch.0');
    const saved = await t.request({ method: 'PUT', url: url('/safety-plan'), cookie: clinic.therapist.cookie, payload: plan });
    expect(saved.json().current).toMatchObject({ warningSigns: plan.warningSigns, crisisLines: { crisisLine: '988' } });
    const portal = await clientPortalCookie(t, clinic);
    const read = (await t.request({ method: 'GET', url: '/api/portal/safety-plan', cookie: portal })).json();
    expect(read.current.professionals).toEqual(plan.professionals);
    expect(read.crisisLines.emergencyNumber).toEqual(expect.any(String));
    expect(
      (await t.request({ method: 'GET', url: '/api/portal/touch-preferences', cookie: portal })).json().current.consentedTouch,
    ).toEqual(['holding_hand']);
    const badPlan = await t.request({
      method: 'PUT',
      url: url('/safety-plan'),
      cookie: clinic.therapist.cookie,
      payload: { ...plan, professionals: [{ name: '' }] },
    });
    expect(badPlan.json().error.issues[0].path).toBe('professionals.0.name');
  });

  it('only the therapist writes from the chart; others on the team read; strangers get 404; signed out 401', async () => {
    expect((await t.request({ method: 'PUT', url: url('/safety-plan'), cookie: clinic.prescriber.cookie, payload: plan })).statusCode).toBe(
      404,
    );
    expect(
      (await t.request({ method: 'PUT', url: url('/safety-plan'), cookie: clinic.coFacilitator.cookie, payload: plan })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: url('/preparation'), cookie: clinic.otherTherapist.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: url('/preparation') })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/portal/intentions' })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: url('/preparation'), cookie: clinic.prescriber.cookie })).statusCode).toBe(200);
    const reads = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', clinic.clientId)
      .where('action', 'like', 'preparation.%')
      .execute();
    expect(reads.map((r) => r.action)).toEqual(['preparation.read']);
  });

  it('opens a course and marks preparation complete', async () => {
    const early = await t.request({ method: 'POST', url: url('/course/preparation-complete'), cookie: clinic.therapist.cookie });
    expect(early.json().error.code).toBe('no_course');
    const bad = await t.request({
      method: 'PUT',
      url: url('/course'),
      cookie: clinic.therapist.cookie,
      payload: { plannedSessionCount: 0 },
    });
    expect(bad.json().error.issues[0].path).toBe('plannedSessionCount');
    const course = await t.request({
      method: 'PUT',
      url: url('/course'),
      cookie: clinic.therapist.cookie,
      payload: { plannedSessionCount: 3 },
    });
    expect(course.json()).toMatchObject({ status: 'preparing', plannedSessionCount: 3, preparationCompletedAt: null });
    const done = await t.request({ method: 'POST', url: url('/course/preparation-complete'), cookie: clinic.therapist.cookie });
    expect(done.json()).toMatchObject({
      preparationCompletedAt: '2026-11-22T10:00:00.000Z',
      preparationCompletedByName: clinic.therapist.user.displayName,
    });
    const overview = (await t.request({ method: 'GET', url: url('/preparation'), cookie: clinic.coFacilitator.cookie })).json();
    expect(overview.course.plannedSessionCount).toBe(3);
  });

  it('records a preparation note as a draft, signs and locks it, and keeps the original when amended', async () => {
    const draft = await t.request({
      method: 'POST',
      url: url('/preparation-notes'),
      cookie: clinic.therapist.cookie,
      payload: { practised: 'Box breathing' },
    });
    const id = draft.json().id;
    const autosave = await t.request({
      method: 'PUT',
      url: `/api/preparation-notes/${id}/draft`,
      cookie: clinic.therapist.cookie,
      payload: { practised: 'Box breathing', nextSteps: 'Practise daily' },
    });
    expect(autosave.json()).toMatchObject({ status: 'draft', nextSteps: 'Practise daily' });
    const notReady = await t.request({ method: 'POST', url: `/api/preparation-notes/${id}/sign`, cookie: clinic.therapist.cookie });
    expect(notReady.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['heldOn', 'explored']);
    const badDate = await t.request({
      method: 'PUT',
      url: `/api/preparation-notes/${id}/draft`,
      cookie: clinic.therapist.cookie,
      payload: { heldOn: '2026-13-01' },
    });
    expect(badDate.json().error.issues[0].path).toBe('heldOn');
    await t.request({
      method: 'PUT',
      url: `/api/preparation-notes/${id}/draft`,
      cookie: clinic.therapist.cookie,
      payload: { heldOn: '2026-11-21', explored: 'Fear of losing control', practised: 'Box breathing' },
    });
    const signed = await t.request({ method: 'POST', url: `/api/preparation-notes/${id}/sign`, cookie: clinic.therapist.cookie });
    expect(signed.json()).toMatchObject({ status: 'signed', signedByName: clinic.therapist.user.displayName });
    const edit = await t.request({
      method: 'PUT',
      url: `/api/preparation-notes/${id}/draft`,
      cookie: clinic.therapist.cookie,
      payload: { explored: 'changed' },
    });
    expect(edit.json().error.code).toBe('record_locked');
    await expect(t.deps.db.updateTable('preparation_notes').set({ explored: 'sneaky' }).where('id', '=', id).execute()).rejects.toThrow(
      /locked/,
    );
    const amended = await t.request({
      method: 'POST',
      url: `/api/preparation-notes/${id}/amendments`,
      cookie: clinic.therapist.cookie,
      payload: { section: 'explored', text: 'Also: grief for her father.' },
    });
    expect(amended.json()).toMatchObject({
      explored: 'Fear of losing control',
      amendments: [{ section: 'explored', text: 'Also: grief for her father.' }],
    });
    expect((await t.request({ method: 'GET', url: `/api/preparation-notes/${id}`, cookie: clinic.otherTherapist.cookie })).statusCode).toBe(
      404,
    );
    expect(
      (await t.request({ method: 'POST', url: `/api/preparation-notes/${id}/sign`, cookie: clinic.prescriber.cookie })).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: url('/preparation-notes'), cookie: clinic.prescriber.cookie })).json().notes,
    ).toHaveLength(1);
  });
});
