import { expect } from '@playwright/test';
import { staffApi } from './portal-client.js';
import { clientWithWholeTeam } from './staff-clients.js';

let slot = 0;

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
  const client = await clientWithWholeTeam(baseURL, preferredName);
  const therapist = await staffApi(baseURL, 'therapist');
  const prescriber = await staffApi(baseURL, 'prescriber');
  try {
    const ok = async (response: Awaited<ReturnType<typeof therapist.get>>, what: string) => {
      expect(response.ok(), `${what}: ${await response.text()}`).toBe(true);
      return response.json();
    };
    await ok(
      await therapist.put(`/api/clients/${client.id}/touch-preferences`, {
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
    const readiness = (await ok(await therapist.get(`/api/clients/${client.id}/readiness`), 'readiness')) as { date: string };
    const me = (await ok(await therapist.get('/api/auth/me'), 'me')) as { user: { id: string } };
    const prescriberMe = (await ok(await prescriber.get('/api/auth/me'), 'prescriber')) as { user: { id: string } };
    const hour = String(slot++ % 24).padStart(2, '0');
    const planned = (await ok(
      await therapist.post(`/api/clients/${client.id}/planned-sessions`, {
        data: {
          date: readiness.date,
          startTime: `${hour}:00`,
          expectedMinutes: 60,
          therapistId: me.user.id,
          prescriberId: prescriberMe.user.id,
        },
      }),
      'plan session',
    )) as { session: { id: string } };
    const gate = (await ok(await therapist.get(`/api/planned-sessions/${planned.session.id}/readiness`), 'gate')) as { unmet: string[] };
    for (const requirement of gate.unmet)
      await ok(
        await prescriber.post(`/api/planned-sessions/${planned.session.id}/overrides`, {
          data: { requirement, reason: 'Browser test: the prescriber reviewed this in person.' },
        }),
        `override ${requirement}`,
      );
    const opened = (await ok(
      await therapist.post(`/api/clients/${client.id}/ketamine-sessions`, { data: { plannedSessionId: planned.session.id } }),
      'open session',
    )) as { session: { id: string } };
    return { sessionId: opened.session.id, clientId: client.id };
  } finally {
    await therapist.dispose();
    await prescriber.dispose();
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
