import { v7 as uuidv7 } from 'uuid';
import { toJsonColumn } from '../db/json-column.js';
import { DEFAULT_MONITORING } from '../domain/medical/monitoring-settings.js';
import { DEFAULT_CONSOLE_SETTINGS } from '../domain/session/console-settings.js';
import { DEFAULT_SOMATIC_VOCABULARY } from '../domain/session/vocabulary.js';
import type { StoredContext } from '../server/ketamine-sessions/ketamine-sessions.repository.js';
import type { Clinic } from './clinic.js';
import { makeClientReady, setPracticeTimeZone } from './ready-client.js';
import type { TestApp } from './test-app.js';

/**
 * A planned session today (the test clock's 2026-11-22, practice in New York) for a client ready in every
 * way but what `skip` names, with the day's readiness checks confirmed on arrival. Returns its id.
 */
export async function plannedSessionToday(t: TestApp, clinic: Clinic, skip: string[] = []): Promise<string> {
  await setPracticeTimeZone(t, clinic, 'America/New_York');
  await makeClientReady(t, clinic, skip);
  const planned = await t.request({
    method: 'POST',
    url: `/api/clients/${clinic.clientId}/planned-sessions`,
    cookie: clinic.therapist.cookie,
    payload: {
      date: '2026-11-22',
      startTime: '09:00',
      therapistId: clinic.therapist.user.id,
      prescriberId: clinic.prescriber.user.id,
      room: 'Garden room',
    },
  });
  if (planned.statusCode !== 200) throw new Error(`plan: ${planned.body}`);
  const id = planned.json().session.id as string;
  if (!skip.includes('arrival')) {
    const arrival = await t.request({
      method: 'POST',
      url: `/api/planned-sessions/${id}/readiness-checks`,
      cookie: clinic.coFacilitator.cookie,
      payload: { items: ['fasting', 'ride_home', 'no_driving'] },
    });
    if (arrival.statusCode !== 200) throw new Error(`arrival: ${arrival.body}`);
  }
  return id;
}

export async function openConsoleSession(t: TestApp, clinic: Clinic, plannedSessionId: string): Promise<string> {
  const opened = await t.request({
    method: 'POST',
    url: `/api/clients/${clinic.clientId}/ketamine-sessions`,
    cookie: clinic.therapist.cookie,
    payload: { plannedSessionId },
  });
  if (opened.statusCode !== 200) throw new Error(`open: ${opened.body}`);
  return opened.json().session.id as string;
}

/** One console entry as a device makes it: a fresh UUIDv7 and the device's clock. */
export function entry(kind: string, body: object, at: Date, id = uuidv7()) {
  return { id, kind, deviceTime: at.toISOString(), clockOffsetMs: 0, body };
}

export const vitals = (systolic: number, diastolic: number, purpose = 'scheduled', extra: object = {}) => ({
  reading: { systolic, diastolic, heartRate: 72, spo2: 98, sedation: purpose === 'baseline' ? null : 5 },
  purpose,
  ...extra,
});

/**
 * A ketamine session row for the clinic's client without going through the readiness gate, for tests
 * and benchmarks about access and logging rather than about opening.
 */
export async function insertKetamineSession(t: Pick<TestApp, 'deps'>, clinic: Clinic, openedAt = new Date('2026-11-22T09:00:00.000Z')) {
  const id = uuidv7();
  const context: StoredContext = {
    sessionId: id,
    openedAt: openedAt.toISOString(),
    plannedSessionId: uuidv7(),
    clientId: clinic.clientId,
    prescriberIds: [clinic.prescriber.user.id],
    careTeamIds: [clinic.therapist.user.id, clinic.prescriber.user.id, clinic.coFacilitator.user.id],
    consentedTouchKinds: ['holding_hand'],
    vocabulary: DEFAULT_SOMATIC_VOCABULARY,
    monitoring: DEFAULT_MONITORING,
    console: DEFAULT_CONSOLE_SETTINGS,
    atAGlance: { intentions: [], touch: null, groundingTools: [], readiness: { holds: true, overridden: [] } },
  };
  const at = openedAt.toISOString();
  await t.deps.db
    .insertInto('ketamine_sessions')
    .values({
      id,
      client_id: clinic.clientId,
      status: 'open',
      context: toJsonColumn(context),
      readiness_override: null,
      opened_at: at,
      opened_by: clinic.therapist.user.id,
      updated_at: at,
    })
    .execute();
  return id;
}
