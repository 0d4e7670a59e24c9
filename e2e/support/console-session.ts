import { expect, request } from '@playwright/test';
import { SCREENING_ITEMS } from '../../src/domain/medical/screening-checklist.js';
import { staffApi } from './portal-client.js';
import { clientWithWholeTeam } from './staff-clients.js';

/**
 * A planned session must start later today, and the seeded clinicians can be in one session at a time. So
 * while seeding, the practice's clock is moved to a fixed-offset zone where it is just after midnight,
 * leaving most of a day of hourly slots; the practice's own zone is put back straight after.
 */
function zoneJustAfterMidnight(now = new Date()): string {
  const offset = (24 - now.getUTCHours()) % 24; // hours to add to UTC for local midnight to have just passed
  const hours = offset > 14 ? offset - 24 : offset;
  return hours === 0 ? 'Etc/GMT' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** Puts the practice in `timeZone` and returns how to put its own zone back. */
async function setPracticeZone(baseURL: string, timeZone: string): Promise<() => Promise<void>> {
  const admin = await staffApi(baseURL, 'admin');
  const settings = (await (await admin.get('/api/practice')).json()) as Record<string, unknown>;
  const { updatedAt: _u, isDemo: _d, ...body } = settings;
  const put = async (zone: string) => {
    const response = await admin.put('/api/practice', { data: { ...body, timeZone: zone } });
    expect(response.ok(), `practice time zone: ${await response.text()}`).toBe(true);
  };
  await put(timeZone);
  return async () => {
    await put(String(settings.timeZone));
    await admin.dispose();
  };
}

async function withPracticeZone<T>(baseURL: string, timeZone: string, run: () => Promise<T>): Promise<T> {
  const restore = await setPracticeZone(baseURL, timeZone);
  try {
    return await run();
  } finally {
    await restore();
  }
}

/**
 * For a test that plans a session and then works through the screens: the practice stays in a zone where
 * the day has just begun for the whole test, so "today" is the same day when seeding and when the screens
 * judge readiness (back in the practice's own zone the session could fall on another date).
 */
export function inAFreshPracticeDay(baseURL: string): Promise<() => Promise<void>> {
  return setPracticeZone(baseURL, zoneJustAfterMidnight());
}

export interface SeededConsoleSession {
  sessionId: string;
  clientId: string;
}

/**
 * A client with the whole seeded team, touch consent, a planned session today (in the practice's time
 * zone, each call at its own hour so the clinicians' calendar never clashes) and every unmet gate item
 * overridden by the prescriber with a reason; then the therapist opens the session.
 */
export async function openSeededConsoleSession(baseURL: string, preferredName = 'Ari'): Promise<SeededConsoleSession> {
  return withPracticeZone(baseURL, zoneJustAfterMidnight(), () => seed(baseURL, preferredName, true));
}

type Api = Awaited<ReturnType<typeof staffApi>>;
type Reply = Awaited<ReturnType<Api['get']>>;

async function ok<T = Record<string, unknown>>(response: Reply, what: string): Promise<T> {
  expect(response.ok(), `${what}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** Preparation as staff record it (src/testing/ready-client.ts does the same in route tests). */
async function prepareClient(therapist: Api, prescriber: Api, clientId: string, today: string, safetyPlan = true): Promise<void> {
  const consultation = await ok<{ id: string }>(
    await therapist.post(`/api/clients/${clientId}/consultations`, {
      data: {
        heldOn: today,
        goals: 'Feel present again',
        presentingConcerns: ['depression_not_improved'],
        decision: 'proceed_to_preparation',
        decisionReasons: 'Good supports.',
      },
    }),
    'consultation',
  );
  await ok(await therapist.post(`/api/consultations/${consultation.id}/sign`), 'sign consultation');
  const answers = Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no', note: '' }]));
  await ok(await prescriber.post(`/api/clients/${clientId}/screenings`, { data: { answers } }), 'screening');
  const validUntil = new Date(Date.parse(`${today}T12:00:00Z`) + 60 * 86_400_000).toISOString().slice(0, 10);
  await ok(await prescriber.post(`/api/clients/${clientId}/clearances`, { data: { clearedOn: today, validUntil } }), 'clearance');
  await ok(await therapist.put(`/api/clients/${clientId}/course`, { data: { plannedSessionCount: 3 } }), 'course');
  await ok(await therapist.post(`/api/clients/${clientId}/course/preparation-complete`), 'preparation complete');
  if (safetyPlan)
    await ok(await therapist.put(`/api/clients/${clientId}/safety-plan`, { data: { warningSigns: 'Not sleeping' } }), 'safety plan');
  await ok(
    await therapist.put(`/api/clients/${clientId}/touch-preferences`, {
      data: {
        consentedTouch: ['holding_hand'],
        neverTouch: 'the face',
        groundingCues: 'Feel your feet on the floor',
        wordsToAvoid: 'calm down',
        signals: [{ signal: 'A raised hand', meaning: 'pause' }],
      },
    }),
    'touch preferences',
  );
  await ok(await therapist.post(`/api/clients/${clientId}/intentions`, { data: { text: 'To meet the grief gently' } }), 'intention');
}

/** The first free hour today: the seeded clinicians can be in one session at a time. */
async function planToday(therapist: Api, clientId: string, today: string, ids: { therapistId: string; prescriberId: string }) {
  for (let hour = 1; hour <= 22; hour += 1) {
    const hh = String(hour).padStart(2, '0');
    const response = await therapist.post(`/api/clients/${clientId}/planned-sessions`, {
      data: { date: today, startTime: `${hh}:00`, expectedMinutes: 60, room: 'Garden room', ...ids },
    });
    if (response.status() === 409) continue;
    return (await ok<{ session: { id: string } }>(response, 'plan session')).session.id;
  }
  throw new Error('No free hour left today for a browser-test session.');
}

/** The client accepts the portal invitation and signs every current consent, as in the portal. */
async function clientSignsConsents(baseURL: string, therapist: Api, clientId: string, preferredName: string): Promise<void> {
  const email = `${preferredName.toLowerCase()}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.org`;
  const details = await ok<Record<string, unknown>>(await therapist.get(`/api/clients/${clientId}`), 'client');
  await ok(await therapist.put(`/api/clients/${clientId}`, { data: { ...pickDetails(details), email } }), 'client email');
  await ok(await therapist.post(`/api/clients/${clientId}/portal-invitation`), 'invite');
  const admin = await staffApi(baseURL, 'admin');
  const portal = await request.newContext({ baseURL });
  try {
    const { mail } = await ok<{ mail: { to: string; text: string }[] }>(await admin.get('/api/outbox'), 'outbox');
    const token = /#token=(\S+)/.exec(mail.find((m) => m.to === email)?.text ?? '')?.[1];
    expect(token, `an invitation to ${email}`).toBeDefined();
    await ok(
      await portal.post('/api/invitations/accept', {
        data: { token, displayName: preferredName, password: `soft lantern ${Math.random().toString(36).slice(2, 10)} meadow` },
      }),
      'accept invitation',
    );
    const { toSign } = await ok<{ toSign: { id: string }[] }>(await portal.get('/api/portal/consents'), 'consents');
    for (const version of toSign)
      await ok(await portal.post(`/api/portal/consents/${version.id}/sign`, { data: { typedName: preferredName, agreed: true } }), 'sign');
  } finally {
    await admin.dispose();
    await portal.dispose();
  }
}

/**
 * As `openSeededConsoleSession`, but the session is not opened and the client has no safety plan yet: the
 * gate waits on the prescriber's override, for the browser to record and then open the session.
 */
export async function planSeededSession(baseURL: string, preferredName: string): Promise<{ plannedId: string; clientId: string }> {
  return withPracticeZone(baseURL, zoneJustAfterMidnight(), () => seed(baseURL, preferredName, false));
}

async function seed(baseURL: string, preferredName: string, open: true): Promise<SeededConsoleSession>;
async function seed(baseURL: string, preferredName: string, open: false): Promise<{ plannedId: string; clientId: string }>;
async function seed(
  baseURL: string,
  preferredName: string,
  open: boolean,
): Promise<SeededConsoleSession | { plannedId: string; clientId: string }> {
  const client = await clientWithWholeTeam(baseURL, preferredName);
  const therapist = await staffApi(baseURL, 'therapist');
  const prescriber = await staffApi(baseURL, 'prescriber');
  const coFacilitator = await staffApi(baseURL, 'coFacilitator');
  try {
    const { date: today } = await ok<{ date: string }>(await therapist.get(`/api/clients/${client.id}/readiness`), 'readiness');
    await prepareClient(therapist, prescriber, client.id, today, open);
    await clientSignsConsents(baseURL, therapist, client.id, preferredName);
    const me = await ok<{ user: { id: string } }>(await therapist.get('/api/auth/me'), 'me');
    const rx = await ok<{ user: { id: string } }>(await prescriber.get('/api/auth/me'), 'prescriber');
    const plannedId = await planToday(therapist, client.id, today, { therapistId: me.user.id, prescriberId: rx.user.id });
    await ok(
      await coFacilitator.post(`/api/planned-sessions/${plannedId}/readiness-checks`, {
        data: { items: ['fasting', 'ride_home', 'no_driving'] },
      }),
      'arrival checks',
    );
    const gate = await ok<{ unmet: string[] }>(await therapist.get(`/api/planned-sessions/${plannedId}/readiness`), 'gate');
    if (!open) {
      expect(gate.unmet, 'only the safety plan is open').toEqual(['safety_plan']);
      return { plannedId, clientId: client.id };
    }
    expect(gate.unmet, 'the readiness gate holds').toEqual([]);
    const opened = await ok<{ session: { id: string } }>(
      await therapist.post(`/api/clients/${client.id}/ketamine-sessions`, { data: { plannedSessionId: plannedId } }),
      'open session',
    );
    return { sessionId: opened.session.id, clientId: client.id };
  } finally {
    await therapist.dispose();
    await prescriber.dispose();
    await coFacilitator.dispose();
  }
}

/** The session's entries as the server holds them, read as the therapist. */
export async function serverEntries(baseURL: string, sessionId: string): Promise<{ id: string; kind: string }[]> {
  const therapist = await staffApi(baseURL, 'therapist');
  try {
    const response = await therapist.get(`/api/ketamine-sessions/${sessionId}`);
    expect(response.ok()).toBe(true);
    return ((await response.json()) as { entries: { id: string; kind: string }[] }).entries;
  } finally {
    await therapist.dispose();
  }
}

const DETAIL_FIELDS = [
  'legalName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'email',
  'phone',
  'address',
  'emergencyContactName',
  'emergencyContactPhone',
  'emergencyContactRelationship',
  'supportPersonName',
  'supportPersonPhone',
  'supportPersonRelationship',
];

/** The editable details from a client's chart, to send back with one change. */
function pickDetails(client: Record<string, unknown>): Record<string, unknown> {
  const source = (client.details ?? client) as Record<string, unknown>;
  return Object.fromEntries(DETAIL_FIELDS.filter((k) => k in source).map((k) => [k, source[k] ?? '']));
}
