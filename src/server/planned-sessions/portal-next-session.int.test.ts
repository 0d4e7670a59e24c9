import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCREENING_ITEMS } from '../../domain/medical/screening-checklist.js';
import { type Clinic, clientPortalCookie, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

describe.each(TEST_DIALECTS)('the portal’s next session (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  it('asks the client to fast as their prescriber set on the clearance, else as the practice’s defaults say', async () => {
    const portal = await clientPortalCookie(t, clinic);
    const next = async () => (await t.request({ method: 'GET', url: '/api/portal/next-session', cookie: portal })).json();
    expect((await next()).fasting).toEqual({ foodHours: 2, liquidsMinutes: 30 });
    const answers = Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no', note: '' }]));
    const url = `/api/clients/${clinic.clientId}`;
    await t.request({ method: 'POST', url: `${url}/screenings`, cookie: clinic.prescriber.cookie, payload: { answers } });
    const defaults = (await t.request({ method: 'GET', url: '/api/practice/clinical-settings', cookie: clinic.prescriber.cookie })).json();
    const cleared = await t.request({
      method: 'POST',
      url: `${url}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: {
        clearedOn: '2026-11-22',
        validUntil: '2027-02-21',
        monitoring: { ...defaults.monitoring, fastingFoodHours: 4, fastingLiquidsMinutes: 60 },
      },
    });
    expect(cleared.statusCode).toBe(200);
    expect((await next()).fasting).toEqual({ foodHours: 4, liquidsMinutes: 60 });
  });
});
