import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENING_ITEMS } from '../domain/medical/screening-checklist.js';
import { type Clinic, clientPortalCookie, openClinic, PHQ9_ALL_ZERO } from '../testing/clinic.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { TEST_DIALECTS } from '../testing/test-database.js';

/**
 * Every route that touches one client's records, tried three ways that must never get in: not signed in
 * (401), a therapist on another team (404), and the client's own portal account on a staff route (404).
 * The normal and bad-input cases live beside each feature.
 */
describe.each(TEST_DIALECTS)('access to client records (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  let ids: { consultation: string; assignment: string; flag: string; clearance: string };
  let portal: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
    const c = clinic.clientId;
    const consultation = await t.request({
      method: 'POST',
      url: `/api/clients/${c}/consultations`,
      cookie: clinic.therapist.cookie,
      payload: {},
    });
    const assignment = await t.request({
      method: 'POST',
      url: `/api/clients/${c}/measure-assignments`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'GAD-7' },
    });
    const flagged = await t.request({
      method: 'POST',
      url: `/api/clients/${c}/measure-responses`,
      cookie: clinic.therapist.cookie,
      payload: { instrumentId: 'PHQ-9', answers: { ...PHQ9_ALL_ZERO, '9': 1 } },
    });
    await t.request({
      method: 'POST',
      url: `/api/clients/${c}/screenings`,
      cookie: clinic.prescriber.cookie,
      payload: { answers: Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no', note: '' }])) },
    });
    const clearance = await t.request({
      method: 'POST',
      url: `/api/clients/${c}/clearances`,
      cookie: clinic.prescriber.cookie,
      payload: { clearedOn: '2026-11-22', validUntil: '2027-01-01' },
    });
    ids = {
      consultation: consultation.json().id,
      assignment: assignment.json().id,
      flag: flagged.json().flagsRaised[0].id,
      clearance: clearance.json().id,
    };
    portal = await clientPortalCookie(t, clinic);
  });
  afterAll(async () => t.close());

  function routes(): [string, string, object | undefined][] {
    const c = clinic.clientId;
    return [
      ['GET', `/api/clients/${c}`, undefined],
      ['PUT', `/api/clients/${c}`, { legalName: 'X' }],
      ['PUT', `/api/clients/${c}/care-team`, { therapistId: null, prescriberId: null }],
      ['POST', `/api/clients/${c}/phase`, { phase: 'preparation' }],
      ['POST', `/api/clients/${c}/portal-invitation`, undefined],
      ['GET', `/api/clients/${c}/measures`, undefined],
      ['POST', `/api/clients/${c}/measure-assignments`, { instrumentId: 'PCL-5' }],
      ['POST', `/api/measure-assignments/${ids.assignment}/cancel`, undefined],
      ['POST', `/api/clients/${c}/measure-responses`, { instrumentId: 'GAD-7', answers: {} }],
      ['POST', `/api/clients/${c}/clinician-scores`, { instrumentName: 'CADSS', score: 1, administeredOn: '2026-11-22' }],
      ['GET', `/api/safety-flags?clientId=${c}`, undefined],
      ['POST', `/api/safety-flags/${ids.flag}/acknowledge`, { note: 'seen' }],
      ['GET', `/api/clients/${c}/consultations`, undefined],
      ['POST', `/api/clients/${c}/consultations`, {}],
      ['GET', `/api/consultations/${ids.consultation}`, undefined],
      ['PUT', `/api/consultations/${ids.consultation}`, {}],
      ['POST', `/api/consultations/${ids.consultation}/sign`, undefined],
      ['POST', `/api/consultations/${ids.consultation}/amendments`, { section: 'goals', text: 'x' }],
      ['GET', `/api/clients/${c}/medical`, undefined],
      ['POST', `/api/clients/${c}/screenings`, { answers: {} }],
      ['POST', `/api/clients/${c}/clearances`, { clearedOn: '2026-11-22', validUntil: '2027-01-01' }],
      ['POST', `/api/clearances/${ids.clearance}/withdraw`, { reason: 'x' }],
      ['GET', `/api/clients/${c}/preparation`, undefined],
      ['PUT', `/api/clients/${c}/course`, { plannedSessionCount: 3 }],
      ['POST', `/api/clients/${c}/course/preparation-complete`, undefined],
      ['GET', `/api/clients/${c}/intentions`, undefined],
      ['POST', `/api/clients/${c}/intentions`, { text: 'x' }],
      ['GET', `/api/clients/${c}/grounding-tools`, undefined],
      ['POST', `/api/clients/${c}/grounding-tools`, { kind: 'breath', name: 'x' }],
      ['GET', `/api/clients/${c}/touch-preferences`, undefined],
      ['PUT', `/api/clients/${c}/touch-preferences`, {}],
      ['GET', `/api/clients/${c}/safety-plan`, undefined],
      ['PUT', `/api/clients/${c}/safety-plan`, {}],
      ['GET', `/api/clients/${c}/preparation-notes`, undefined],
      ['POST', `/api/clients/${c}/preparation-notes`, {}],
      ['GET', `/api/clients/${c}/consents`, undefined],
      ['GET', `/api/clients/${c}/readiness`, undefined],
      ['GET', `/api/clients/${c}/planned-sessions`, undefined],
      [
        'POST',
        `/api/clients/${c}/planned-sessions`,
        {
          date: '2026-12-01',
          startTime: '10:00',
          therapistId: clinic.therapist.user.id,
          prescriberId: clinic.prescriber.user.id,
          room: 'A',
        },
      ],
    ];
  }

  it('answers 401 to every route when not signed in', async () => {
    for (const [method, url, payload] of routes()) {
      const response = await t.request({ method: method as 'GET', url, payload });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('answers 404 to every route for a therapist who is not on this client’s care team', async () => {
    for (const [method, url, payload] of routes()) {
      const response = await t.request({ method: method as 'GET', url, payload, cookie: clinic.otherTherapist.cookie });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('answers 404 to every staff route for the client’s own portal account', async () => {
    for (const [method, url, payload] of routes()) {
      const response = await t.request({ method: method as 'GET', url, payload, cookie: portal });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('keeps staff out of the portal routes (they are a client’s own)', async () => {
    for (const [method, url] of [
      ['GET', '/api/portal'],
      ['GET', `/api/portal/assignments/${ids.assignment}`],
      ['POST', `/api/portal/assignments/${ids.assignment}/response`],
      ['GET', '/api/portal/intentions'],
      ['GET', '/api/portal/grounding-tools'],
      ['GET', '/api/portal/touch-preferences'],
      ['GET', '/api/portal/safety-plan'],
      ['GET', '/api/portal/consents'],
      ['GET', '/api/portal/next-session'],
    ] as const) {
      const payload = method === 'POST' ? { answers: {} } : undefined;
      expect((await t.request({ method, url, payload, cookie: clinic.therapist.cookie })).statusCode, url).toBe(404);
      expect((await t.request({ method, url, payload })).statusCode, url).toBe(401);
    }
  });

  // Minimum necessary (decision 27): office staff see who the client is, where they are on the path, who
  // cares for them and when they are booked — never what was said, answered or found.
  const officeSees = (c: string) => [
    `/api/clients/${c}`,
    `/api/clients/${c}/consents`,
    `/api/clients/${c}/readiness`,
    `/api/clients/${c}/planned-sessions`,
  ];
  const clinicalOnly = (c: string) => [
    `/api/clients/${c}/consultations`,
    `/api/consultations/${ids.consultation}`,
    `/api/clients/${c}/measures`,
    `/api/clients/${c}/medical`,
    `/api/safety-flags?clientId=${c}`,
    `/api/clients/${c}/preparation`,
    `/api/clients/${c}/intentions`,
    `/api/clients/${c}/grounding-tools`,
    `/api/clients/${c}/touch-preferences`,
    `/api/clients/${c}/safety-plan`,
    `/api/clients/${c}/preparation-notes`,
  ];

  it('shows an office admin demographics, path, care team and appointments, and answers 404 for clinical records', async () => {
    const c = clinic.clientId;
    for (const url of officeSees(c)) {
      expect((await t.request({ method: 'GET', url, cookie: clinic.admin.cookie })).statusCode, url).toBe(200);
    }
    const chart = (await t.request({ method: 'GET', url: `/api/clients/${c}`, cookie: clinic.admin.cookie })).json();
    expect(chart).toMatchObject({ legalName: 'Morgan Lee', phase: 'consultation', careTeam: expect.any(Array) });
    for (const url of clinicalOnly(c)) {
      expect((await t.request({ method: 'GET', url, cookie: clinic.admin.cookie })).statusCode, url).toBe(404);
    }
    // The office admin's dashboard lists no flags of charts they are not caring for.
    expect((await t.request({ method: 'GET', url: '/api/safety-flags', cookie: clinic.admin.cookie })).json().flags).toEqual([]);
  });

  it('shows an admin who is also a therapist what a therapist sees — on their own care team only', async () => {
    const both = await t.as(['admin', 'therapist']);
    const created = await t.request({
      method: 'POST',
      url: '/api/clients',
      cookie: both.cookie,
      payload: { legalName: 'Riley Park', therapistId: both.user.id },
    });
    const own = created.json().id as string;
    for (const url of [
      ...officeSees(own),
      `/api/clients/${own}/consultations`,
      `/api/clients/${own}/measures`,
      `/api/clients/${own}/medical`,
    ]) {
      expect((await t.request({ method: 'GET', url, cookie: both.cookie })).statusCode, url).toBe(200);
    }
    // Another team's client: as an admin they still see the office view, but not its clinical records.
    expect((await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: both.cookie })).statusCode).toBe(200);
    for (const url of clinicalOnly(clinic.clientId)) {
      expect((await t.request({ method: 'GET', url, cookie: both.cookie })).statusCode, url).toBe(404);
    }
  });

  it('changed nothing along the way', async () => {
    const client = (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}`, cookie: clinic.therapist.cookie })).json();
    expect(client).toMatchObject({ legalName: 'Morgan Lee', phase: 'consultation' });
    const flags = (await t.request({ method: 'GET', url: '/api/safety-flags', cookie: clinic.therapist.cookie })).json().flags;
    expect(flags[0].acknowledgement).toBeNull();
  });
});
