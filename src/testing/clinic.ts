import type { SeededUser } from '../server/seed/seed-staff.js';
import type { TestApp } from './test-app.js';

export interface Clinic {
  therapist: { user: SeededUser; cookie: string };
  prescriber: { user: SeededUser; cookie: string };
  coFacilitator: { user: SeededUser; cookie: string };
  /** A therapist on nobody's team here: sees nothing of this client. */
  otherTherapist: { user: SeededUser; cookie: string };
  admin: { user: SeededUser; cookie: string };
  clientId: string;
}

/** A small practice with one client and a full care team, built through the API as staff would. */
export async function openClinic(t: TestApp, client: Record<string, unknown> = {}): Promise<Clinic> {
  const therapist = await t.as(['therapist']);
  const prescriber = await t.as(['prescriber']);
  const coFacilitator = await t.as(['co_facilitator']);
  const otherTherapist = await t.as(['therapist']);
  const admin = await t.as(['admin']);
  const created = await t.request({
    method: 'POST',
    url: '/api/clients',
    cookie: therapist.cookie,
    payload: {
      legalName: 'Morgan Lee',
      preferredName: 'Mo',
      pronouns: 'they/them',
      email: 'mo@example.org',
      therapistId: therapist.user.id,
      prescriberId: prescriber.user.id,
      ...client,
    },
  });
  if (created.statusCode !== 200) throw new Error(`could not create client: ${created.body}`);
  const clientId = created.json().id as string;
  const team = await t.request({
    method: 'PUT',
    url: `/api/clients/${clientId}/care-team`,
    cookie: therapist.cookie,
    payload: { therapistId: therapist.user.id, prescriberId: prescriber.user.id, coFacilitatorIds: [coFacilitator.user.id] },
  });
  if (team.statusCode !== 200) throw new Error(`could not set care team: ${team.body}`);
  return { therapist, prescriber, coFacilitator, otherTherapist, admin, clientId };
}

/** Invites the clinic's client to the portal and accepts, returning the client's signed-in cookie. */
export async function clientPortalCookie(t: TestApp, clinic: Clinic): Promise<string> {
  const invite = await t.request({
    method: 'POST',
    url: `/api/clients/${clinic.clientId}/portal-invitation`,
    cookie: clinic.therapist.cookie,
  });
  if (invite.statusCode !== 200) throw new Error(`could not invite: ${invite.body}`);
  const mail = await t.deps.db
    .selectFrom('outbox')
    .select('body_text')
    .where('purpose', '=', 'client portal invitation')
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const token = /#token=([\w-]+)/.exec(mail.body_text)?.[1];
  const accepted = await t.request({
    method: 'POST',
    url: '/api/invitations/accept',
    payload: { token, displayName: 'Mo', password: 'lanterns over still water' },
  });
  if (accepted.statusCode !== 200) throw new Error(`could not accept: ${accepted.body}`);
  return `hs_session=${accepted.cookies.find((c) => c.name === 'hs_session')?.value}`;
}

export const PHQ9_ALL_ZERO = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0, '6': 0, '7': 0, '8': 0, '9': 0 };
