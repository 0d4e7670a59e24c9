/**
 * Issue 10 (a): logging a console entry over HTTP — signed in, authorized, idempotent by its device-made
 * id, audited, published on the live bus — against a bare route inserting the same row. 25 sessions in
 * progress with two people logging in each (therapist and co-facilitator): 50 connections, each session's
 * timeline growing to a few hundred entries, as a long session's does.
 */

import { seedUser } from '../src/server/seed/seed-staff.js';
import type { Clinic } from '../src/testing/clinic.js';
import { insertKetamineSession } from '../src/testing/console-session.js';
import { callOver, signInOver, type WriteScenario, withoutStaffTwoFactor } from './lib/scenario.js';

const SESSIONS = 25;
const FRESH = '00000000-0000-7000-8000-000000000000';
const entryBody = () => ({
  entries: [
    {
      id: FRESH,
      kind: 'observation',
      deviceTime: new Date().toISOString(),
      clockOffsetMs: 0,
      body: { category: 'breath', term: 'slow', note: '' },
    },
  ],
});

export const scenario: WriteScenario = {
  label: 'console write',
  title: 'POST /api/ketamine-sessions/:id/entries',
  async prepare(server) {
    await withoutStaffTwoFactor(server.deps);
    const [therapist, prescriber, coFacilitator] = await Promise.all(
      (['therapist', 'prescriber', 'co_facilitator'] as const).map((role) => seedUser(server.deps, { roles: [role] })),
    );
    const cookie = await signInOver(server.publicUrl, therapist!.email, therapist!.password);
    const coCookie = await signInOver(server.publicUrl, coFacilitator!.email, coFacilitator!.password);
    const client = await callOver(server.publicUrl, cookie, 'POST', '/api/clients', {
      legalName: 'Morgan Lee',
      preferredName: 'Mo',
      pronouns: 'they/them',
      email: 'mo@example.org',
      therapistId: therapist!.id,
      prescriberId: prescriber!.id,
    });
    const clientId = String(client.id);
    await callOver(server.publicUrl, cookie, 'PUT', `/api/clients/${clientId}/care-team`, {
      therapistId: therapist!.id,
      prescriberId: prescriber!.id,
      coFacilitatorIds: [coFacilitator!.id],
    });
    const clinic = {
      clientId,
      therapist: { user: therapist },
      prescriber: { user: prescriber },
      coFacilitator: { user: coFacilitator },
    } as unknown as Clinic;
    const sessions: string[] = [];
    for (let i = 0; i < SESSIONS; i++) sessions.push(await insertKetamineSession(server, clinic, new Date(Date.now() - 60_000)));
    const perConnection = sessions.flatMap((id) =>
      [cookie, coCookie].map((c) => ({ path: `/api/ketamine-sessions/${id}/entries`, headers: { cookie: c } })),
    );
    return {
      request: { method: 'POST', path: perConnection[0]!.path, headers: { cookie }, body: entryBody(), freshId: FRESH, perConnection },
      fixture: { sessions: sessions.join(','), userId: therapist!.id },
    };
  },
  bare(app, db, fixture) {
    app.post('/bare/sessions/:id/entries', async (request) => {
      const { id: sessionId } = request.params as { id: string };
      const [entry] = (request.body as ReturnType<typeof entryBody>).entries;
      const at = new Date().toISOString();
      await db.transaction().execute((trx) =>
        trx
          .insertInto('session_entries')
          .values({
            id: entry!.id,
            session_id: sessionId,
            kind: entry!.kind,
            body: JSON.stringify(entry!.body),
            body_hash: '',
            author_id: fixture.userId!,
            device_time: entry!.deviceTime,
            clock_offset_ms: 0,
            server_time: at,
            occurred_at: at,
            time_source: 'server',
            target_id: null,
          })
          .execute(),
      );
      return { id: entry!.id };
    });
    const perConnection = fixture.sessions!.split(',').flatMap((id) => [0, 1].map(() => ({ path: `/bare/sessions/${id}/entries` })));
    return { method: 'POST', path: perConnection[0]!.path, body: entryBody(), freshId: FRESH, perConnection };
  },
};
