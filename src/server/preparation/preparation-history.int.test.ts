import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, clientPortalCookie, openClinic } from '../../testing/clinic.js';
import { setPracticeTimeZone } from '../../testing/ready-client.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const touch = {
  consentedTouch: ['hand_on_shoulder', 'holding_hand'],
  neverTouch: 'Never the face.',
  groundingCues: 'Feet on the floor',
  wordsToAvoid: 'Relax',
  signals: [{ signal: 'A raised hand', meaning: 'Pause, please' }],
  reviewedWithClient: true,
};
const plan = {
  warningSigns: 'Not sleeping.',
  copingStrategies: 'Walk by the river.',
  peopleAndPlaces: [{ name: 'Sam (sister)', howToReach: '555-0101' }],
  professionals: [],
  makingSafe: '',
};

describe.each(TEST_DIALECTS)('version history of preparation records (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());
  const url = (path: string) => `/api/clients/${clinic.clientId}${path}`;
  const put = (path: string, payload: object) => t.request({ method: 'PUT', url: url(path), cookie: clinic.therapist.cookie, payload });
  const get = (path: string, cookie?: string) => t.request({ method: 'GET', url: path, cookie });

  it('shows the care team every version of the touch preferences and the safety plan, as saved, with who and when', async () => {
    expect((await get(url('/touch-preferences/versions'), clinic.therapist.cookie)).json()).toEqual({ versions: [] });
    await put('/touch-preferences', touch);
    t.advance(60_000);
    await put('/touch-preferences', { ...touch, consentedTouch: ['holding_hand'], wordsToAvoid: 'Relax; calm down' });
    const history = await get(url('/touch-preferences/versions'), clinic.prescriber.cookie);
    expect(history.statusCode).toBe(200);
    expect(history.json().versions).toMatchObject([
      { consentedTouch: ['holding_hand'], wordsToAvoid: 'Relax; calm down', authorship: { version: 2, writtenByKind: 'staff' } },
      {
        consentedTouch: ['hand_on_shoulder', 'holding_hand'],
        wordsToAvoid: 'Relax',
        authorship: { version: 1, writtenByName: clinic.therapist.user.displayName, writtenAt: '2026-11-22T10:00:00.000Z' },
      },
    ]);

    await put('/safety-plan', plan);
    t.advance(60_000);
    await put('/safety-plan', { ...plan, warningSigns: 'Not sleeping; skipping meals.' });
    const plans = (await get(url('/safety-plan/versions'), clinic.coFacilitator.cookie)).json().versions;
    expect(plans.map((v: { warningSigns: string; authorship: { version: number } }) => [v.authorship.version, v.warningSigns])).toEqual([
      [2, 'Not sleeping; skipping meals.'],
      [1, 'Not sleeping.'],
    ]);
    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'preparation.%history_read')
      .orderBy('seq')
      .execute();
    expect(audited.map((a) => a.action)).toEqual([
      'preparation.touch_preferences_history_read',
      'preparation.touch_preferences_history_read',
      'preparation.safety_plan_history_read',
    ]);
  });

  it('shows the client the history of their own records only', async () => {
    await put('/safety-plan', plan);
    await put('/touch-preferences', touch);
    const portal = await clientPortalCookie(t, clinic);
    const own = await get('/api/portal/safety-plan/versions', portal);
    expect(own.statusCode).toBe(200);
    expect(own.json().versions).toHaveLength(1);
    expect((await get('/api/portal/touch-preferences/versions', portal)).json().versions[0].consentedTouch).toEqual(touch.consentedTouch);
    // Times in the portal are shown in the practice's zone: the portal home says which (clients cannot read the settings).
    await setPracticeTimeZone(t, clinic, 'America/Chicago');
    expect((await get('/api/portal', portal)).json().timeZone).toBe('America/Chicago');
    // The chart's routes are not the client's way in, and the portal's are not staff's.
    expect((await get(url('/safety-plan/versions'), portal)).statusCode).toBe(404);
    expect((await get('/api/portal/safety-plan/versions', clinic.therapist.cookie)).statusCode).toBe(404);
  });

  it('answers 401 signed out, 404 off the care team, 400 naming a bad id', async () => {
    expect((await get(url('/safety-plan/versions'))).statusCode).toBe(401);
    expect((await get('/api/portal/touch-preferences/versions')).statusCode).toBe(401);
    expect((await get(url('/touch-preferences/versions'), clinic.otherTherapist.cookie)).statusCode).toBe(404);
    const bad = await get('/api/clients/not-an-id/safety-plan/versions', clinic.therapist.cookie);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('id');
  });

  it('lets the therapist revise the client’s intention from the chart, keeping both wordings with their authors', async () => {
    const portal = await clientPortalCookie(t, clinic);
    const added = (
      await t.request({ method: 'POST', url: '/api/portal/intentions', cookie: portal, payload: { text: 'Sleep better' } })
    ).json();
    t.advance(60_000);
    const revised = await t.request({
      method: 'POST',
      url: `/api/intentions/${added.id}/versions`,
      cookie: clinic.therapist.cookie,
      payload: { text: 'Sleep through the night, most nights' },
    });
    expect(revised.statusCode).toBe(200);
    expect(revised.json().versions).toMatchObject([
      {
        version: 2,
        text: 'Sleep through the night, most nights',
        writtenByKind: 'staff',
        writtenByName: clinic.therapist.user.displayName,
      },
      { version: 1, text: 'Sleep better', writtenByKind: 'client', writtenByName: 'Mo' },
    ]);
    const empty = await t.request({
      method: 'POST',
      url: `/api/intentions/${added.id}/versions`,
      cookie: clinic.therapist.cookie,
      payload: { text: '  ' },
    });
    expect(empty.json().error.issues[0].path).toBe('text');
    const prescriber = await t.request({
      method: 'POST',
      url: `/api/intentions/${added.id}/versions`,
      cookie: clinic.prescriber.cookie,
      payload: { text: 'x' },
    });
    expect(prescriber.statusCode).toBe(404);
    const mine = (await get('/api/portal/intentions', portal)).json().intentions[0];
    expect(mine).toMatchObject({ text: 'Sleep through the night, most nights', current: { writtenByKind: 'staff' } });
  });
});
