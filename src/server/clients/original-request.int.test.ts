import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fromJsonColumn } from '../../db/json-column.js';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

describe.each(TEST_DIALECTS)('the original request on the chart (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  /** A visitor's request, worked and opened as a chart by the clinic's therapist. */
  async function convertedClient(): Promise<string> {
    await t.request({
      method: 'POST',
      url: '/api/enquiries',
      payload: {
        name: 'Robin Vale',
        phone: '+1 503 555 0100',
        reason: 'Years of depression; two medicines did not help.',
        preferredTimes: 'Weekday mornings',
        heardAbout: 'My doctor',
        consent: true,
      },
    });
    const enquiry = await t.deps.db.selectFrom('enquiries').select('id').executeTakeFirstOrThrow();
    const cookie = clinic.therapist.cookie;
    await t.request({ method: 'POST', url: `/api/enquiries/${enquiry.id}/status`, cookie, payload: { status: 'contacted' } });
    const converted = await t.request({
      method: 'POST',
      url: `/api/enquiries/${enquiry.id}/convert`,
      cookie,
      payload: { therapistId: clinic.therapist.user.id, prescriberId: clinic.prescriber.user.id },
    });
    return converted.json().id;
  }

  const read = (clientId: string, cookie?: string) =>
    t.request({ method: 'GET', url: `/api/clients/${clientId}/original-request`, cookie });

  it('shows the care team what the person wrote, read-only, and audits the read', async () => {
    const clientId = await convertedClient();
    const response = await read(clientId, clinic.prescriber.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      request: {
        receivedAt: '2026-11-22T10:00:00.000Z',
        reason: 'Years of depression; two medicines did not help.',
        preferredTimes: 'Weekday mornings',
        heardAbout: 'My doctor',
        preferredContact: 'phone',
      },
    });
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['actor_id', 'record_type', 'record_id', 'detail'])
      .where('action', '=', 'client.original_request_read')
      .executeTakeFirstOrThrow();
    const enquiry = await t.deps.db.selectFrom('enquiries').select('id').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: clinic.prescriber.user.id, record_type: 'client', record_id: clientId });
    expect(fromJsonColumn(audit.detail)).toEqual({ enquiryId: enquiry.id });
    // Read-only: there is no route that writes it.
    expect(
      (await t.request({ method: 'PUT', url: `/api/clients/${clientId}/original-request`, cookie: clinic.therapist.cookie, payload: {} }))
        .statusCode,
    ).toBe(404);
  });

  it('answers null for a chart opened by hand', async () => {
    const response = await read(clinic.clientId, clinic.therapist.cookie);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ request: null });
  });

  it('answers 401 signed out, 404 off the care team, and 400 naming a bad id', async () => {
    const clientId = await convertedClient();
    expect((await read(clientId)).statusCode).toBe(401);
    expect((await read(clientId, clinic.otherTherapist.cookie)).statusCode).toBe(404);
    const bad = await read('not-an-id', clinic.therapist.cookie);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('id');
  });
});
