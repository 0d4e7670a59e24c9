/** Issue 6: the authorized, audited write users feel — a therapist recording a clinician-entered score. */
import { v7 as uuidv7 } from 'uuid';
import { seedUser } from '../src/server/seed/seed-staff.js';
import { callOver, signInOver, type WriteScenario, withoutStaffTwoFactor } from './lib/scenario.js';

const BODY = { instrumentName: 'CADSS', score: 12, administeredOn: '2026-11-22', note: 'Benchmark' };

export const scenario: WriteScenario = {
  label: 'write',
  title: 'POST /api/clients/:id/clinician-scores',
  async prepare(server) {
    await withoutStaffTwoFactor(server.deps);
    const therapist = await seedUser(server.deps, { roles: ['therapist'] });
    const prescriber = await seedUser(server.deps, { roles: ['prescriber'] });
    const cookie = await signInOver(server.publicUrl, therapist.email, therapist.password);
    const client = await callOver(server.publicUrl, cookie, 'POST', '/api/clients', {
      legalName: 'Morgan Lee',
      preferredName: 'Mo',
      pronouns: 'they/them',
      email: 'mo@example.org',
      therapistId: therapist.id,
      prescriberId: prescriber.id,
    });
    const clientId = String(client.id);
    return {
      request: { method: 'POST', path: `/api/clients/${clientId}/clinician-scores`, headers: { cookie }, body: BODY },
      fixture: { clientId, userId: therapist.id },
    };
  },
  bare(app, db, fixture) {
    app.post('/bare/clinician-scores', async (request) => {
      const body = request.body as typeof BODY;
      const id = uuidv7();
      await db.transaction().execute((trx) =>
        trx
          .insertInto('clinician_scores')
          .values({
            id,
            client_id: fixture.clientId!,
            instrument_name: body.instrumentName,
            score: body.score,
            note: body.note,
            administered_on: body.administeredOn,
            recorded_by: fixture.userId!,
            recorded_at: new Date().toISOString(),
          })
          .execute(),
      );
      return { id };
    });
    return { method: 'POST', path: '/bare/clinician-scores', body: BODY };
  },
};
