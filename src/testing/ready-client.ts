import { SCREENING_ITEMS } from '../domain/medical/screening-checklist.js';
import { type Clinic, clientPortalCookie } from './clinic.js';
import type { TestApp } from './test-app.js';

async function ok(response: Promise<{ statusCode: number; body: string; json(): unknown }>, what: string) {
  const r = await response;
  if (r.statusCode !== 200) throw new Error(`${what}: ${r.statusCode} ${r.body}`);
  return r.json() as Record<string, unknown>;
}

/** Sets the practice's time zone (and its emergency number) through the admin's settings screen. */
export async function setPracticeTimeZone(t: TestApp, clinic: Clinic, timeZone: string) {
  await ok(
    t.request({
      method: 'PUT',
      url: '/api/practice',
      cookie: clinic.admin.cookie,
      payload: { practiceName: 'Test Practice', therapistName: 'Test Therapist', timeZone, emergencyNumber: '911' },
    }),
    'practice settings',
  );
}

/**
 * Takes the clinic's client through everything the readiness gate asks for, except what `skip` names, the way
 * staff and the client would: a signed "proceed" consultation, screening then clearance, consents signed in
 * the portal, a course with preparation complete, a safety plan and touch preferences. Returns the portal cookie.
 */
export async function makeClientReady(t: TestApp, clinic: Clinic, skip: string[] = []): Promise<string> {
  const c = clinic.clientId;
  const therapist = clinic.therapist.cookie;
  if (!skip.includes('consultation')) {
    const consultation = await ok(
      t.request({
        method: 'POST',
        url: `/api/clients/${c}/consultations`,
        cookie: therapist,
        payload: {
          heldOn: '2026-11-20',
          goals: 'Feel present again',
          presentingConcerns: ['depression_not_improved'],
          decision: 'proceed_to_preparation',
          decisionReasons: 'Good supports.',
        },
      }),
      'consultation',
    );
    await ok(t.request({ method: 'POST', url: `/api/consultations/${consultation.id}/sign`, cookie: therapist }), 'sign consultation');
  }
  if (!skip.includes('screening')) {
    const answers = Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no', note: '' }]));
    await ok(
      t.request({ method: 'POST', url: `/api/clients/${c}/screenings`, cookie: clinic.prescriber.cookie, payload: { answers } }),
      'screening',
    );
    await ok(
      t.request({
        method: 'POST',
        url: `/api/clients/${c}/clearances`,
        cookie: clinic.prescriber.cookie,
        payload: { clearedOn: '2026-11-22', validUntil: '2027-02-21' },
      }),
      'clearance',
    );
  }
  const portal = await clientPortalCookie(t, clinic);
  if (!skip.includes('consents')) {
    const { toSign } = (await ok(t.request({ method: 'GET', url: '/api/portal/consents', cookie: portal }), 'consents')) as {
      toSign: { id: string }[];
    };
    for (const v of toSign) {
      await ok(
        t.request({
          method: 'POST',
          url: `/api/portal/consents/${v.id}/sign`,
          cookie: portal,
          payload: { typedName: 'Morgan Lee', agreed: true },
        }),
        'sign',
      );
    }
  }
  await ok(t.request({ method: 'PUT', url: `/api/clients/${c}/course`, cookie: therapist, payload: { plannedSessionCount: 3 } }), 'course');
  if (!skip.includes('preparation'))
    await ok(t.request({ method: 'POST', url: `/api/clients/${c}/course/preparation-complete`, cookie: therapist }), 'complete');
  if (!skip.includes('safety_plan'))
    await ok(
      t.request({ method: 'PUT', url: `/api/clients/${c}/safety-plan`, cookie: therapist, payload: { warningSigns: 'Not sleeping' } }),
      'plan',
    );
  if (!skip.includes('touch'))
    await ok(
      t.request({
        method: 'PUT',
        url: `/api/clients/${c}/touch-preferences`,
        cookie: therapist,
        payload: { consentedTouch: ['holding_hand'] },
      }),
      'touch',
    );
  return portal;
}
