import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const form = {
  name: 'Jordan Rivers',
  email: 'jordan@example.org',
  phone: '',
  preferredContact: 'email',
  reason: 'Depression that has not shifted with talk therapy.',
  preferredTimes: 'Weekday mornings',
  heardAbout: 'My therapist',
  consent: 'on',
  website: '',
};

function formBody(values: Record<string, string>): string {
  return new URLSearchParams(values).toString();
}

describe.each(TEST_DIALECTS)('consultation requests (%s)', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  async function submit(values: Record<string, string> = form, remoteAddress = '127.0.0.1') {
    return t.request({
      method: 'POST',
      url: '/begin',
      remoteAddress,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:80' },
      payload: formBody(values),
    });
  }

  async function newEnquiryId(): Promise<string> {
    await submit({ ...form, name: `Person ${Math.random()}` });
    const row = await t.deps.db
      .selectFrom('enquiries')
      .select('id')
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  describe('the public form', () => {
    it('stores the request in one go and redirects to the confirmation', async () => {
      const response = await submit();
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/begin/thanks');
      const row = await t.deps.db.selectFrom('enquiries').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        name: 'Jordan Rivers',
        email: 'jordan@example.org',
        phone: null,
        preferred_contact: 'email',
        status: 'new',
      });
      expect(row.consent_to_contact_at).toBe('2026-11-22T10:00:00.000Z');
      const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'record_id', 'actor_id', 'detail']).executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ action: 'enquiry.create', record_id: row.id, actor_id: null });
      const confirmation = await t.request({ method: 'GET', url: '/begin/thanks' });
      expect(confirmation.body).toContain('What happens next');
    });

    it('shows each problem beside its field, keeps what was typed, and stores nothing', async () => {
      const response = await submit({ ...form, email: 'jordan@', consent: '', reason: 'x'.repeat(2001) });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('id="email-error"');
      expect(response.body).toContain('id="consent-error"');
      expect(response.body).toContain('id="reason-error"');
      expect(response.body).toContain('value="Jordan Rivers"');
      expect(response.body).toContain('value="jordan@"');
      expect(response.body).toContain('<title>Error: ');
      expect(await t.deps.db.selectFrom('enquiries').selectAll().execute()).toEqual([]);
    });

    it('needs an email or a phone, and the one matching the chosen method', async () => {
      const neither = await submit({ ...form, email: '', phone: '' });
      expect(neither.statusCode).toBe(400);
      expect(neither.body).toContain('please give an email address or a phone number');
      const phoneChosen = await submit({ ...form, preferredContact: 'phone' });
      expect(phoneChosen.body).toContain('you chose phone');
      const phoneOnly = await submit({ ...form, email: '', phone: '+1 555 010 0199', preferredContact: 'phone' });
      expect(phoneOnly.statusCode).toBe(303);
    });

    it('reports every problem at once, the missing way to reach you included', async () => {
      const response = await submit({ ...form, name: '', email: '', phone: '', consent: '' });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('please give an email address or a phone number');
      expect(response.body).toContain('Your name');
      expect(response.body).toContain('please tick this box');
    });

    it('does not pre-choose a contact method, and takes a visitor who gives only a phone number', async () => {
      const page = await t.request({ method: 'GET', url: '/begin' });
      expect(page.body).not.toMatch(/name="preferredContact" value="(email|phone)" checked/);
      const { preferredContact: _chosen, ...withoutChoice } = form;
      const phoneOnly = await submit({ ...withoutChoice, email: '', phone: '+1 555 010 0123' });
      expect(phoneOnly.statusCode).toBe(303);
      const stored = await t.deps.db.selectFrom('enquiries').select(['preferred_contact', 'phone']).executeTakeFirstOrThrow();
      expect(stored).toEqual({ preferred_contact: 'phone', phone: '+1 555 010 0123' });
      const both = await submit({ ...withoutChoice, phone: '+1 555 010 0123' });
      expect(both.statusCode).toBe(400);
      expect(both.body).toContain('you gave both');
    });

    it('escapes what was typed when showing it again', async () => {
      const response = await submit({ ...form, name: '<script>alert(1)</script>', email: 'bad' });
      expect(response.body).not.toContain('<script>alert(1)</script>');
      expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    });

    it('quietly discards a request that filled the honeypot', async () => {
      const response = await submit({ ...form, website: 'http://spam.example' });
      expect(response.statusCode).toBe(303);
      expect(await t.deps.db.selectFrom('enquiries').selectAll().execute()).toEqual([]);
    });

    it('limits requests from one address to 5 an hour, keeping what was typed', async () => {
      for (let i = 0; i < 5; i++) expect((await submit()).statusCode).toBe(303);
      const sixth = await submit();
      expect(sixth.statusCode).toBe(429);
      expect(sixth.body).toContain('value="Jordan Rivers"');
      expect((await submit(form, '10.1.1.1')).statusCode).toBe(303);
      t.advance(60 * 60_000);
      expect((await submit()).statusCode).toBe(303);
    });

    it('has a JSON twin that validates the same way', async () => {
      const ok = await t.request({ method: 'POST', url: '/api/enquiries', payload: { ...form, consent: true } });
      expect(ok.statusCode).toBe(201);
      const bad = await t.request({ method: 'POST', url: '/api/enquiries', payload: { ...form, consent: false, email: 'nope' } });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .error.issues.map((i: { path: string }) => i.path)
          .sort(),
      ).toEqual(['consent', 'email']);
    });
  });

  describe('the queue', () => {
    it('answers 401 when not signed in', async () => {
      const id = await newEnquiryId();
      for (const [method, url, payload] of [
        ['GET', '/api/enquiries', undefined],
        ['GET', '/api/enquiries/counts', undefined],
        ['GET', `/api/enquiries/${id}`, undefined],
        ['POST', `/api/enquiries/${id}/status`, { status: 'contacted' }],
        ['POST', `/api/enquiries/${id}/notes`, { body: 'Called, left a message.' }],
      ] as const) {
        const response = await t.request({ method, url, payload });
        expect(response.statusCode, `${method} ${url}`).toBe(401);
        expect(response.json().error.code).toBe('unauthenticated');
      }
    });

    it('answers 404 to a prescriber and a co-facilitator, who do not work the queue', async () => {
      const id = await newEnquiryId();
      for (const role of ['prescriber', 'co_facilitator'] as const) {
        const { cookie } = await t.as([role]);
        for (const [method, url, payload] of [
          ['GET', '/api/enquiries', undefined],
          ['GET', `/api/enquiries/${id}`, undefined],
          ['POST', `/api/enquiries/${id}/status`, { status: 'contacted' }],
          ['POST', `/api/enquiries/${id}/notes`, { body: 'A note' }],
        ] as const) {
          expect((await t.request({ method, url, payload, cookie })).statusCode, `${role} ${method} ${url}`).toBe(404);
        }
      }
      const row = await t.deps.db.selectFrom('enquiries').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.status).toBe('new');
    });

    it('lists new requests first, newest first, with counts, and audits which were seen', async () => {
      const first = await newEnquiryId();
      t.advance(60_000);
      const second = await newEnquiryId();
      t.advance(60_000);
      const third = await newEnquiryId();
      const { cookie, user } = await t.as(['therapist']);
      await t.request({ method: 'POST', url: `/api/enquiries/${third}/status`, cookie, payload: { status: 'contacted' } });
      const response = await t.request({ method: 'GET', url: '/api/enquiries', cookie });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.enquiries.map((e: { id: string }) => e.id)).toEqual([second, first, third]);
      expect(body.counts).toMatchObject({ new: 2, contacted: 1, open: 3, all: 3 });
      const counts = await t.request({ method: 'GET', url: '/api/enquiries/counts', cookie });
      expect(counts.json()).toEqual({ new: 2 });
      const audit = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'enquiry.list').executeTakeFirstOrThrow();
      expect(audit.actor_id).toBe(user.id);
      expect(JSON.stringify(audit.detail)).toContain(first);
      expect(JSON.stringify(audit.detail)).not.toContain('Person');
    });

    it('filters by status and refuses an unknown one', async () => {
      await newEnquiryId();
      const { cookie } = await t.as(['admin']);
      expect((await t.request({ method: 'GET', url: '/api/enquiries?status=declined', cookie })).json().enquiries).toEqual([]);
      const bad = await t.request({ method: 'GET', url: '/api/enquiries?status=lost', cookie });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toBe('status');
    });

    it('shows a request and audits the read', async () => {
      const id = await newEnquiryId();
      const { cookie, user } = await t.as(['therapist']);
      const response = await t.request({ method: 'GET', url: `/api/enquiries/${id}`, cookie });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        id,
        email: 'jordan@example.org',
        status: 'new',
        nextStatuses: ['contacted', 'consultation_scheduled', 'declined', 'closed'],
      });
      const reads = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'enquiry.read').execute();
      expect(reads).toEqual([expect.objectContaining({ actor_id: user.id, record_type: 'enquiry', record_id: id })]);
    });

    it('answers 404 for a request that does not exist and 400 for an id that is not one', async () => {
      const { cookie } = await t.as(['therapist']);
      expect((await t.request({ method: 'GET', url: '/api/enquiries/0190f7a0-0000-7000-8000-000000000000', cookie })).statusCode).toBe(404);
      const bad = await t.request({ method: 'GET', url: '/api/enquiries/not-an-id', cookie });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toBe('id');
    });

    it('moves a request along the path and keeps the history', async () => {
      const id = await newEnquiryId();
      const { cookie } = await t.as(['therapist']);
      await t.request({ method: 'POST', url: `/api/enquiries/${id}/status`, cookie, payload: { status: 'contacted' } });
      const scheduled = await t.request({
        method: 'POST',
        url: `/api/enquiries/${id}/status`,
        cookie,
        payload: { status: 'consultation_scheduled' },
      });
      expect(scheduled.statusCode).toBe(200);
      expect(scheduled.json().history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
        'new>contacted',
        'contacted>consultation_scheduled',
      ]);
      const audit = await t.deps.db.selectFrom('audit_log').select('detail').where('action', '=', 'enquiry.status_change').execute();
      expect(audit).toHaveLength(2);
    });

    it('needs a reason to decline, naming the field, and changes nothing without one', async () => {
      const id = await newEnquiryId();
      const { cookie } = await t.as(['therapist']);
      const noReason = await t.request({ method: 'POST', url: `/api/enquiries/${id}/status`, cookie, payload: { status: 'declined' } });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error.issues[0].path).toBe('reason');
      const row = await t.deps.db.selectFrom('enquiries').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.status).toBe('new');
      const declined = await t.request({
        method: 'POST',
        url: `/api/enquiries/${id}/status`,
        cookie,
        payload: { status: 'declined', reason: 'Needs a medical evaluation first; referred to their GP.' },
      });
      expect(declined.json()).toMatchObject({
        status: 'declined',
        statusReason: 'Needs a medical evaluation first; referred to their GP.',
      });
    });

    it('refuses "became a client" as a bare status change: that takes opening a chart', async () => {
      const id = await newEnquiryId();
      const { cookie } = await t.as(['therapist']);
      await t.request({ method: 'POST', url: `/api/enquiries/${id}/status`, cookie, payload: { status: 'contacted' } });
      const response = await t.request({
        method: 'POST',
        url: `/api/enquiries/${id}/status`,
        cookie,
        payload: { status: 'became_client' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('use_open_a_chart');
      const converted = await t.request({ method: 'POST', url: `/api/enquiries/${id}/convert`, cookie, payload: {} });
      const detail = await t.request({ method: 'GET', url: `/api/enquiries/${id}`, cookie });
      expect(detail.json()).toMatchObject({ status: 'became_client', clientId: converted.json().id });
    });

    it('refuses a change the path does not allow with 409', async () => {
      const id = await newEnquiryId();
      const { cookie } = await t.as(['therapist']);
      const response = await t.request({
        method: 'POST',
        url: `/api/enquiries/${id}/status`,
        cookie,
        payload: { status: 'new' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('status_change_not_allowed');
    });

    it('adds notes with author and time, and refuses an empty one', async () => {
      const id = await newEnquiryId();
      const { cookie, user } = await t.as(['therapist']);
      const empty = await t.request({ method: 'POST', url: `/api/enquiries/${id}/notes`, cookie, payload: { body: '   ' } });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.issues[0].path).toBe('body');
      const added = await t.request({
        method: 'POST',
        url: `/api/enquiries/${id}/notes`,
        cookie,
        payload: { body: 'Called; will try again Thursday.' },
      });
      expect(added.json().notes).toEqual([
        {
          id: expect.any(String),
          body: 'Called; will try again Thursday.',
          authorName: user.displayName,
          createdAt: '2026-11-22T10:00:00.000Z',
        },
      ]);
      const audit = await t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', 'enquiry.note_add').executeTakeFirstOrThrow();
      expect(JSON.stringify(audit.detail)).not.toContain('Thursday');
    });
  });
});
