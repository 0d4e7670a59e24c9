import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENING_ITEMS } from '../domain/medical/screening-checklist.js';
import { DEFAULT_SOMATIC_VOCABULARY } from '../domain/session/vocabulary.js';
import { type Clinic, clientPortalCookie, openClinic, PHQ9_ALL_ZERO } from '../testing/clinic.js';
import { entry, insertKetamineSession } from '../testing/console-session.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { TEST_DIALECTS } from '../testing/test-database.js';
import { routeTable } from './platform/http/route-table.js';
import { defaultPages } from './practice/default-pages.js';

interface Ids {
  client: string;
  consultation: string;
  assignment: string;
  flag: string;
  clearance: string;
  enquiry: string;
  invitation: string;
  staff: string;
  intention: string;
  tool: string;
  prepNote: string;
  plannedSession: string;
  consentDocument: string;
  ketamineSession: string;
}

/** An id no record has: for routes whose record the setup does not make, every case answers 404 or 401. */
const NO_SUCH_ID = '01900000-0000-7000-8000-000000000000';

/** Which of the three ways in that must never get in apply to a route, and what each must answer. */
interface Cases {
  /** Not signed in: 401, or 'open' for the public routes (anything but 401). */
  signedOut: 401 | 'open';
  /** A therapist on another client's care team, on this client's records. */
  otherCareTeam?: 404;
  /** This client's own care team, on the client's own portal records (nothing there is shared yet). */
  careTeam?: 404;
  /** The client's own portal account: 404 on staff routes, 'allowed' (neither 401 nor 404) on its own. */
  ownPortal?: 404 | 'allowed';
}

/** Valid bodies for the routes whose body is checked before the actor is. */
interface Bodies {
  practice: object;
  clinicalSettings: object;
}

interface Entry extends Cases {
  path?: (ids: Ids) => string;
  payload?: object | ((bodies: Bodies) => object);
}

const CHART: Cases = { signedOut: 401, otherCareTeam: 404, ownPortal: 404 };
/** Practice-wide staff work under role rules (the request queue, settings, the audit trail): no one client's. */
const STAFF: Cases = { signedOut: 401, ownPortal: 404 };
const OWN: Cases = { signedOut: 401, otherCareTeam: 404, careTeam: 404, ownPortal: 'allowed' };
const SIGNED_IN: Cases = { signedOut: 401, ownPortal: 'allowed' };
const PUBLIC: Cases = { signedOut: 'open' };

const c = (ids: Ids) => ids.client;

/** The id in a created record's answer, whatever wraps it; a missing one fails the setup loudly. */
function idOf(body: unknown): string {
  const found = JSON.stringify(body).match(/"id":"([0-9a-f-]{36})"/);
  if (!found) throw new Error(`no id in ${JSON.stringify(body).slice(0, 300)}`);
  return found[1]!;
}

/**
 * Every route the server registers, keyed as its route table names it. A route with no entry here fails
 * the first test below: decide which cases apply before it ships. The normal and bad-input cases live
 * beside each feature.
 */
const MATRIX: Record<string, Entry> = {
  // Signing in, first setup, invitations and the request form are for people who are not signed in yet.
  'GET /api/health': PUBLIC,
  'GET /api/openapi.json': PUBLIC,
  'POST /api/auth/sign-in': PUBLIC,
  // Signing out when already signed out is harmless, and answers as a success.
  'POST /api/auth/sign-out': PUBLIC,
  'GET /api/setup': PUBLIC,
  'POST /api/setup': PUBLIC,
  'POST /api/invitations/preview': PUBLIC,
  'POST /api/invitations/accept': PUBLIC,
  'POST /api/enquiries': PUBLIC,
  'GET /api/auth/me': SIGNED_IN,
  // The second sign-in step: only a challenge cookie from a right password opens it (decision 26).
  'POST /api/auth/two-factor': { signedOut: 401, payload: { code: '123456' } },
  'POST /api/auth/two-factor/enrolment': SIGNED_IN,
  'POST /api/auth/two-factor/enrolment/confirm': { ...SIGNED_IN, payload: { code: '123456' } },
  // One's own account: every signed-in person, client or staff, has one.
  'GET /api/account': SIGNED_IN,
  'PUT /api/account/short-name': { ...SIGNED_IN, payload: { shortName: 'Sky' } },
  'POST /api/account/password': { ...SIGNED_IN, payload: { currentPassword: 'not the password', newPassword: 'a long enough new one' } },
  'POST /api/account/two-factor/remove': { ...SIGNED_IN, payload: { password: 'not the password' } },
  'POST /api/account/two-factor/recovery-codes': { ...SIGNED_IN, payload: { password: 'not the password' } },
  'GET /api/practice/sign-in-settings': STAFF,
  'PUT /api/practice/sign-in-settings': { ...STAFF, payload: { staffTwoFactor: false } },
  'POST /api/password-reset/preview': { ...PUBLIC, payload: { token: 'a-token-no-one-was-sent' } },
  'POST /api/password-reset/complete': { ...PUBLIC, payload: { token: 'a-token-no-one-was-sent', password: 'a long enough new one' } },
  'GET /api/instruments': SIGNED_IN,
  'GET /api/instruments/:instrumentId': { ...SIGNED_IN, path: () => '/api/instruments/GAD-7' },

  'GET /api/staff': STAFF,
  'POST /api/staff/invitations': { ...STAFF, payload: { email: 'x@example.org', displayName: 'X', roles: ['therapist'] } },
  'POST /api/staff/invitations/:id/revoke': { ...STAFF, path: (ids) => `/api/staff/invitations/${ids.invitation}/revoke` },
  'POST /api/staff/:id/status': { ...STAFF, path: (ids) => `/api/staff/${ids.staff}/status`, payload: { status: 'deactivated' } },
  'PUT /api/staff/:id/roles': { ...STAFF, path: (ids) => `/api/staff/${ids.staff}/roles`, payload: { roles: ['therapist'] } },
  'PUT /api/staff/:id/display-name': {
    ...STAFF,
    path: (ids) => `/api/staff/${ids.staff}/display-name`,
    payload: { displayName: 'Someone New' },
  },
  'POST /api/staff/:id/password-reset': { ...STAFF, path: (ids) => `/api/staff/${ids.staff}/password-reset` },
  'GET /api/practice': STAFF,
  'PUT /api/practice': { ...STAFF, payload: (bodies) => bodies.practice },
  'GET /api/practice/pages': STAFF,
  'POST /api/practice/pages/preview': { ...STAFF, payload: { body: 'x' } },
  'GET /api/practice/pages/:slug': { ...STAFF, path: () => '/api/practice/pages/what-is-kap' },
  'PUT /api/practice/pages/:slug': {
    ...STAFF,
    path: () => '/api/practice/pages/what-is-kap',
    payload: { title: 'What is KAP', description: 'x', body: 'x' },
  },
  'POST /api/practice/pages/:slug/restore-default': { ...STAFF, path: () => '/api/practice/pages/what-is-kap/restore-default' },
  'GET /api/practice/clinical-settings': STAFF,
  'PUT /api/practice/clinical-settings': { ...STAFF, payload: (bodies) => bodies.clinicalSettings },
  'GET /api/practice/somatic-vocabulary': STAFF,
  'PUT /api/practice/somatic-vocabulary': { ...STAFF, payload: { vocabulary: DEFAULT_SOMATIC_VOCABULARY } },
  'GET /api/outbox': STAFF,
  'GET /api/mail/setup': STAFF,
  'POST /api/mail/test-messages': { ...STAFF, payload: {} },
  'GET /api/mail/test-messages/:id': { ...STAFF, path: () => `/api/mail/test-messages/${NO_SUCH_ID}` },
  'GET /api/audit': STAFF,
  'GET /api/audit/verify': STAFF,
  'GET /api/enquiries': STAFF,
  'GET /api/enquiries/counts': STAFF,
  'GET /api/enquiries/:id': { ...STAFF, path: (ids) => `/api/enquiries/${ids.enquiry}` },
  'POST /api/enquiries/:id/status': { ...STAFF, path: (ids) => `/api/enquiries/${ids.enquiry}/status`, payload: { status: 'contacted' } },
  'POST /api/enquiries/:id/notes': { ...STAFF, path: (ids) => `/api/enquiries/${ids.enquiry}/notes`, payload: { body: 'x' } },
  'POST /api/enquiries/:id/convert': {
    ...STAFF,
    path: (ids) => `/api/enquiries/${ids.enquiry}/convert`,
    payload: { therapistId: null, prescriberId: null },
  },
  'GET /api/clients': STAFF,
  'POST /api/clients': { ...STAFF, payload: { legalName: 'X', therapistId: null, prescriberId: null } },
  'GET /api/staff-directory': STAFF,
  'GET /api/safety-flags': { ...CHART, path: (ids) => `/api/safety-flags?clientId=${c(ids)}` },
  // Each person's own badge and live alerts: only ever about their own care teams, never a client's record.
  'GET /api/safety-flags/unseen': STAFF,
  'GET /api/safety-flags/stream': STAFF,
  'POST /api/safety-flags/:id/seen': { ...CHART, path: (ids) => `/api/safety-flags/${ids.flag}/seen` },

  'GET /api/clients/:id': CHART,
  'GET /api/clients/:id/original-request': CHART,
  'PUT /api/clients/:id': { ...CHART, payload: { legalName: 'X' } },
  'POST /api/clients/:id/password-reset': CHART,
  'PUT /api/clients/:id/care-team': { ...CHART, payload: { therapistId: null, prescriberId: null } },
  'POST /api/clients/:id/phase': { ...CHART, payload: { phase: 'preparation' } },
  'POST /api/clients/:id/portal-invitation': CHART,
  'GET /api/clients/:id/measures': CHART,
  'POST /api/clients/:id/measure-assignments': { ...CHART, payload: { instrumentId: 'PCL-5' } },
  'POST /api/measure-assignments/:id/cancel': { ...CHART, path: (ids) => `/api/measure-assignments/${ids.assignment}/cancel` },
  'POST /api/clients/:id/measure-responses': { ...CHART, payload: { instrumentId: 'GAD-7', answers: {} } },
  'POST /api/clients/:id/clinician-scores': { ...CHART, payload: { instrumentName: 'CADSS', score: 1, administeredOn: '2026-11-22' } },
  'POST /api/safety-flags/:id/acknowledge': {
    ...CHART,
    path: (ids) => `/api/safety-flags/${ids.flag}/acknowledge`,
    payload: { note: 'seen' },
  },
  'GET /api/clients/:id/consultations': CHART,
  'POST /api/clients/:id/consultations': { ...CHART, payload: {} },
  'GET /api/consultations/:id': { ...CHART, path: (ids) => `/api/consultations/${ids.consultation}` },
  'PUT /api/consultations/:id': { ...CHART, path: (ids) => `/api/consultations/${ids.consultation}`, payload: {} },
  'POST /api/consultations/:id/sign': { ...CHART, path: (ids) => `/api/consultations/${ids.consultation}/sign` },
  'POST /api/consultations/:id/amendments': {
    ...CHART,
    path: (ids) => `/api/consultations/${ids.consultation}/amendments`,
    payload: { section: 'goals', text: 'x' },
  },
  'GET /api/clients/:id/medical': CHART,
  'POST /api/clients/:id/screenings': { ...CHART, payload: { answers: {} } },
  'POST /api/clients/:id/clearances': { ...CHART, payload: { clearedOn: '2026-11-22', validUntil: '2027-01-01' } },
  'POST /api/clearances/:id/withdraw': { ...CHART, path: (ids) => `/api/clearances/${ids.clearance}/withdraw`, payload: { reason: 'x' } },

  'GET /api/portal': OWN,
  'GET /api/portal/assignments/:id': { ...OWN, path: (ids) => `/api/portal/assignments/${ids.assignment}` },
  'PUT /api/portal/assignments/:id/draft': {
    ...OWN,
    path: (ids) => `/api/portal/assignments/${ids.assignment}/draft`,
    payload: { answers: {} },
  },
  // Sending answers completes the questionnaire, so it comes after the draft.
  'POST /api/portal/assignments/:id/response': {
    ...OWN,
    path: (ids) => `/api/portal/assignments/${ids.assignment}/response`,
    payload: { answers: {} },
  },

  'PUT /api/clients/:id/measure-entries/:entryId/draft': {
    ...CHART,
    path: (ids) => `/api/clients/${ids.client}/measure-entries/${NO_SUCH_ID}/draft`,
    payload: { instrumentId: 'GAD-7', answers: {} },
  },

  // Preparation: the chart's records, and the client's own in the portal.
  'GET /api/clients/:id/preparation': CHART,
  'PUT /api/clients/:id/course': { ...CHART, payload: { plannedSessionCount: 3 } },
  'POST /api/clients/:id/course/preparation-complete': CHART,
  'GET /api/clients/:id/intentions': CHART,
  'POST /api/clients/:id/intentions': { ...CHART, payload: { text: 'x' } },
  'POST /api/intentions/:id/versions': { ...CHART, path: (ids) => `/api/intentions/${ids.intention}/versions`, payload: { text: 'x' } },
  'GET /api/clients/:id/grounding-tools': CHART,
  'POST /api/clients/:id/grounding-tools': { ...CHART, payload: { kind: 'breath', name: 'x' } },
  'PUT /api/grounding-tools/:id': { ...CHART, path: (ids) => `/api/grounding-tools/${ids.tool}`, payload: { kind: 'breath', name: 'x' } },
  'GET /api/clients/:id/touch-preferences': CHART,
  'PUT /api/clients/:id/touch-preferences': { ...CHART, payload: {} },
  'GET /api/clients/:id/safety-plan': CHART,
  'GET /api/clients/:id/touch-preferences/versions': CHART,
  'GET /api/clients/:id/safety-plan/versions': CHART,
  'PUT /api/clients/:id/safety-plan': { ...CHART, payload: {} },
  'GET /api/clients/:id/preparation-notes': CHART,
  'POST /api/clients/:id/preparation-notes': { ...CHART, payload: {} },
  'GET /api/preparation-notes/:id': { ...CHART, path: (ids) => `/api/preparation-notes/${ids.prepNote}` },
  'PUT /api/preparation-notes/:id/draft': { ...CHART, path: (ids) => `/api/preparation-notes/${ids.prepNote}/draft`, payload: {} },
  'POST /api/preparation-notes/:id/sign': { ...CHART, path: (_ids) => `/api/preparation-notes/${NO_SUCH_ID}/sign` },
  'POST /api/preparation-notes/:id/amendments': {
    ...CHART,
    path: (ids) => `/api/preparation-notes/${ids.prepNote}/amendments`,
    payload: { section: 'other', text: 'x' },
  },
  'GET /api/portal/intentions': OWN,
  'POST /api/portal/intentions': { ...OWN, payload: { text: 'x' } },
  'POST /api/portal/intentions/:id/versions': {
    ...OWN,
    path: (ids) => `/api/portal/intentions/${ids.intention}/versions`,
    payload: { text: 'x' },
  },
  'GET /api/portal/grounding-tools': OWN,
  'POST /api/portal/grounding-tools': { ...OWN, payload: { kind: 'breath', name: 'x' } },
  'GET /api/portal/touch-preferences': OWN,
  'GET /api/portal/safety-plan': OWN,
  'GET /api/portal/touch-preferences/versions': OWN,
  'GET /api/portal/safety-plan/versions': OWN,

  // Consent documents are the practice's; signatures are the client's.
  'GET /api/consent-documents': STAFF,
  'POST /api/consent-documents': { ...STAFF, payload: { key: 'matrix_test', title: 'x', bodyMarkdown: 'x', required: false } },
  'POST /api/consent-documents/:id/versions': {
    ...STAFF,
    path: (ids) => `/api/consent-documents/${ids.consentDocument}/versions`,
    payload: { title: 'x', bodyMarkdown: 'x', required: false },
  },
  'GET /api/clients/:id/consents': CHART,
  'GET /api/consent-signatures/:id': { ...CHART, path: () => `/api/consent-signatures/${NO_SUCH_ID}` },
  'GET /api/portal/consents': OWN,
  // Keyed by the version the client is asked to sign; its own reading is tested in the consent tests.
  'GET /api/portal/consents/:id': { ...OWN, ownPortal: undefined, path: (ids) => `/api/portal/consents/${ids.consentDocument}` },
  'POST /api/portal/consents/:id/sign': {
    ...OWN,
    ownPortal: undefined,
    path: () => `/api/portal/consents/${NO_SUCH_ID}/sign`,
    payload: { typedName: 'Morgan Lee', agreed: true },
  },

  // Readiness and planned ketamine sessions.
  'GET /api/clients/:id/readiness': CHART,
  'GET /api/clients/:id/planned-sessions': CHART,
  'POST /api/clients/:id/planned-sessions': {
    ...CHART,
    payload: { date: '2026-12-03', startTime: '10:00', therapistId: NO_SUCH_ID, prescriberId: NO_SUCH_ID, room: 'B' },
  },
  'GET /api/planned-sessions/:id': { ...CHART, path: (ids) => `/api/planned-sessions/${ids.plannedSession}` },
  'POST /api/planned-sessions/:id/cancel': { ...CHART, path: () => `/api/planned-sessions/${NO_SUCH_ID}/cancel`, payload: { reason: 'x' } },
  'GET /api/planned-sessions/:id/readiness': { ...CHART, path: (ids) => `/api/planned-sessions/${ids.plannedSession}/readiness` },
  'POST /api/planned-sessions/:id/readiness-checks': {
    ...CHART,
    path: (ids) => `/api/planned-sessions/${ids.plannedSession}/readiness-checks`,
    payload: { items: ['fasting'] },
  },
  'POST /api/planned-sessions/:id/overrides': {
    ...CHART,
    path: (ids) => `/api/planned-sessions/${ids.plannedSession}/overrides`,
    payload: { requirement: 'medical_screening', reason: 'x' },
  },
  'GET /api/dashboard/planned-sessions': STAFF,
  'GET /api/portal/next-session': OWN,
  'POST /api/portal/planned-sessions/:id/readiness-checks': {
    ...OWN,
    path: (ids) => `/api/portal/planned-sessions/${ids.plannedSession}/readiness-checks`,
    payload: { items: ['fasting'] },
  },

  // The session console: the care team's, by the session's client.
  'POST /api/clients/:id/ketamine-sessions': { ...CHART, payload: { plannedSessionId: NO_SUCH_ID } },
  'GET /api/clients/:id/ketamine-sessions': CHART,
  'GET /api/ketamine-sessions/:sessionId': { ...CHART, path: (ids) => `/api/ketamine-sessions/${ids.ketamineSession}` },
  'GET /api/ketamine-sessions/:sessionId/entries': { ...CHART, path: (ids) => `/api/ketamine-sessions/${ids.ketamineSession}/entries` },
  'POST /api/ketamine-sessions/:sessionId/entries': {
    ...CHART,
    path: (ids) => `/api/ketamine-sessions/${ids.ketamineSession}/entries`,
    payload: () => ({ entries: [entry('note', { text: 'x' }, new Date())] }),
  },
  'POST /api/ketamine-sessions/:sessionId/alerts/:alertId/acknowledge': {
    ...CHART,
    path: (ids) => `/api/ketamine-sessions/${ids.ketamineSession}/alerts/${NO_SUCH_ID}:spo2_low/acknowledge`,
    payload: {},
  },
  'GET /api/ketamine-sessions/:sessionId/record': { ...CHART, path: (ids) => `/api/ketamine-sessions/${ids.ketamineSession}/record` },
  'GET /api/ketamine-sessions/:sessionId/stream': { ...CHART, path: (ids) => `/api/ketamine-sessions/${ids.ketamineSession}/stream` },

  // Coverage access and the notices it sends: any signed-in staff member asks; the rules are in its own tests.
  'POST /api/clients/:id/coverage': {
    signedOut: 401,
    ownPortal: 404,
    payload: { reason: 'Covering for a colleague who is away today', password: 'not the password' },
  },
  'GET /api/coverage': { signedOut: 401 },
  'POST /api/coverage/:id/end': { signedOut: 401, path: () => `/api/coverage/${NO_SUCH_ID}/end` },
  'GET /api/coverage/offers': { signedOut: 401 },
  'GET /api/coverage/settings': STAFF,
  'PUT /api/coverage/settings': { ...STAFF, payload: { coverageHours: 4 } },
  'GET /api/notices': { signedOut: 401 },
  'POST /api/notices/:id/seen': { signedOut: 401, path: () => `/api/notices/${NO_SUCH_ID}/seen` },
  'GET /api/audit/export.csv': STAFF,

  // The public site and the web app's files: open to everyone by design.
  ...Object.fromEntries(defaultPages.filter((page) => page.slug !== 'begin').map((page) => [`GET ${page.path}`, PUBLIC])),
  'GET /begin': PUBLIC,
  'POST /begin': PUBLIC,
  'GET /begin/thanks': PUBLIC,
  'GET /robots.txt': PUBLIC,
  'GET /favicon.svg': PUBLIC,
  'GET /favicon.ico': PUBLIC,
  'GET /app/*': PUBLIC,
};

/** Only served when the built web app is there; the test app runs without it. */
const ONLY_WITH_WEB_APP = ['GET /app', 'GET /app/'];

function urlOf(key: string, entry: Entry, ids: Ids): string {
  if (entry.path) return entry.path(ids);
  return key.slice(key.indexOf(' ') + 1).replace(':id', ids.client);
}

describe.each(TEST_DIALECTS)('access to every route (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  let ids: Ids;
  let bodies: Bodies;
  let portal: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
    const client = clinic.clientId;
    const post = (url: string, cookie: string, payload: object) => t.request({ method: 'POST', url, cookie, payload });
    const consultation = await post(`/api/clients/${client}/consultations`, clinic.therapist.cookie, {});
    const assignment = await post(`/api/clients/${client}/measure-assignments`, clinic.therapist.cookie, { instrumentId: 'GAD-7' });
    const flagged = await post(`/api/clients/${client}/measure-responses`, clinic.therapist.cookie, {
      instrumentId: 'PHQ-9',
      answers: { ...PHQ9_ALL_ZERO, '9': 1 },
    });
    await post(`/api/clients/${client}/screenings`, clinic.prescriber.cookie, {
      answers: Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no', note: '' }])),
    });
    const clearance = await post(`/api/clients/${client}/clearances`, clinic.prescriber.cookie, {
      clearedOn: '2026-11-22',
      validUntil: '2027-01-01',
    });
    await t.request({
      method: 'POST',
      url: '/api/enquiries',
      payload: { name: 'Robin Vale', email: 'robin@example.org', preferredContact: 'email', consent: true },
    });
    const enquiry = await t.deps.db.selectFrom('enquiries').select('id').executeTakeFirstOrThrow();
    const invitation = await post('/api/staff/invitations', clinic.admin.cookie, {
      email: 'new@example.org',
      displayName: 'New Person',
      roles: ['therapist'],
    });
    const intention = await post(`/api/clients/${client}/intentions`, clinic.therapist.cookie, { text: 'To feel at home in my body' });
    const tool = await post(`/api/clients/${client}/grounding-tools`, clinic.therapist.cookie, { kind: 'breath', name: 'Slow exhale' });
    const prepNote = await post(`/api/clients/${client}/preparation-notes`, clinic.therapist.cookie, {});
    const planned = await post(`/api/clients/${client}/planned-sessions`, clinic.therapist.cookie, {
      date: '2026-12-01',
      startTime: '10:00',
      therapistId: clinic.therapist.user.id,
      prescriberId: clinic.prescriber.user.id,
      room: 'A',
    });
    const consentDocuments = await t.request({ method: 'GET', url: '/api/consent-documents', cookie: clinic.admin.cookie });
    ids = {
      client,
      consultation: consultation.json().id,
      assignment: assignment.json().id,
      flag: flagged.json().flagsRaised[0].id,
      clearance: clearance.json().id,
      enquiry: enquiry.id,
      invitation: invitation.json().invitation.id,
      staff: clinic.coFacilitator.user.id,
      intention: idOf(intention.json()),
      tool: idOf(tool.json()),
      prepNote: idOf(prepNote.json()),
      plannedSession: idOf(planned.json()),
      consentDocument: idOf(consentDocuments.json()),
      ketamineSession: await insertKetamineSession(t, clinic),
    };
    const read = async (url: string, cookie: string) => (await t.request({ method: 'GET', url, cookie })).json();
    const { updatedAt: _practiceUpdatedAt, ...practice } = await read('/api/practice', clinic.admin.cookie);
    bodies = { practice, clinicalSettings: await read('/api/practice/clinical-settings', clinic.prescriber.cookie) };
    portal = await clientPortalCookie(t, clinic);
  });
  afterAll(async () => t.close());

  function entries(applies: (entry: Entry) => boolean): [string, Entry][] {
    return Object.entries(MATRIX).filter(([, entry]) => applies(entry));
  }

  async function call(key: string, entry: Entry, cookie?: string) {
    const method = key.slice(0, key.indexOf(' ')) as 'GET';
    const url = urlOf(key, entry, ids);
    const payload = typeof entry.payload === 'function' ? entry.payload(bodies) : entry.payload;
    return { url, response: await t.request({ method, url, payload, cookie }) };
  }

  it('has an entry for every route the server registers, and no entry for a route it does not', () => {
    const registered = routeTable(t.app).map((route) => `${route.method} ${route.url}`);
    expect(registered.filter((key) => !(key in MATRIX) && !ONLY_WITH_WEB_APP.includes(key))).toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !registered.includes(key))).toEqual([]);
  });

  it('answers 401 to every signed-in route when not signed in, and lets the public ones through', async () => {
    for (const [key, entry] of entries(() => true)) {
      const { url, response } = await call(key, entry);
      if (entry.signedOut === 401) expect(response.statusCode, `${key} ${url}`).toBe(401);
      else expect(response.statusCode, `${key} ${url}`).not.toBe(401);
    }
  });

  it('answers 404 to every client route for a therapist who is not on this client’s care team', async () => {
    for (const [key, entry] of entries((e) => e.otherCareTeam === 404)) {
      const { url, response } = await call(key, entry, clinic.otherTherapist.cookie);
      expect(response.statusCode, `${key} ${url}`).toBe(404);
    }
  });

  it('keeps even the care team out of the client’s own portal records, since none are shared', async () => {
    for (const [key, entry] of entries((e) => e.careTeam === 404)) {
      const { url, response } = await call(key, entry, clinic.therapist.cookie);
      expect(response.statusCode, `${key} ${url}`).toBe(404);
    }
  });

  it('answers 404 to every staff route for the client’s own portal account, and lets it reach its own', async () => {
    for (const [key, entry] of entries((e) => e.ownPortal !== undefined)) {
      const { url, response } = await call(key, entry, portal);
      if (entry.ownPortal === 404) expect(response.statusCode, `${key} ${url}`).toBe(404);
      else expect([401, 404], `${key} ${url}: ${response.body}`).not.toContain(response.statusCode);
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
