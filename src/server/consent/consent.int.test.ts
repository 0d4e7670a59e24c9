import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, clientPortalCookie, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

describe.each(TEST_DIALECTS)('consent documents and signatures (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  let portal: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
    portal = await clientPortalCookie(t, clinic);
  });
  afterEach(async () => t.close());

  async function documents() {
    return (await t.request({ method: 'GET', url: '/api/consent-documents', cookie: clinic.admin.cookie })).json().documents;
  }
  async function sign(versionId: string, payload: object = { typedName: 'Morgan Lee', agreed: true }) {
    return t.request({
      method: 'POST',
      url: `/api/portal/consents/${versionId}/sign`,
      cookie: portal,
      payload,
      remoteAddress: '203.0.113.7',
    });
  }

  it('ships the two templates, marked as templates the practice must review with counsel', async () => {
    const docs = await documents();
    expect(docs.map((d: { key: string }) => d.key)).toEqual(['kap_informed_consent', 'touch_consent']);
    for (const d of docs) {
      expect(d.current).toMatchObject({ version: 1, required: true, isTemplate: true, publishedByName: null });
      expect(d.current.bodyMarkdown).toMatch(/Template — review before use/);
      expect(d.current.bodyMarkdown).toMatch(/legal counsel/);
      expect(d.current.bodyHtml).toContain('<h2>');
    }
  });

  it('the client signs with a typed name and a tick; the exact text, time and address are kept, and it is locked', async () => {
    const toSign = (await t.request({ method: 'GET', url: '/api/portal/consents', cookie: portal })).json().toSign;
    expect(toSign).toHaveLength(2);
    const noTick = await sign(toSign[0].id, { typedName: 'Morgan Lee', agreed: false });
    expect(noTick.statusCode).toBe(400);
    expect(noTick.json().error.issues[0].path).toBe('agreed');
    const noName = await sign(toSign[0].id, { typedName: ' ', agreed: true });
    expect(noName.json().error.issues[0].path).toBe('typedName');
    const signed = await sign(toSign[0].id);
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({
      typedName: 'Morgan Lee',
      signedAt: '2026-11-22T10:00:00.000Z',
      version: 1,
      key: 'kap_informed_consent',
    });
    expect(signed.json().bodyMarkdown).toMatch(/Ketamine-assisted psychotherapy \(KAP\)/);
    expect((await sign(toSign[0].id)).json().error.code).toBe('already_signed');
    const id = signed.json().id;
    await expect(
      t.deps.db.updateTable('consent_signatures').set({ typed_name: 'Someone else' }).where('id', '=', id).execute(),
    ).rejects.toThrow(/locked/);
    await expect(t.deps.db.deleteFrom('consent_signatures').where('id', '=', id).execute()).rejects.toThrow(/locked/);
    const staffView = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/consents`, cookie: clinic.therapist.cookie })
    ).json();
    expect(staffView.consents.map((c: { key: string; state: string }) => `${c.key}:${c.state}`)).toEqual([
      'kap_informed_consent:signed_current',
      'touch_consent:not_signed',
    ]);
    const print = await t.request({ method: 'GET', url: `/api/consent-signatures/${id}`, cookie: clinic.admin.cookie });
    expect(print.json().bodyMarkdown).toBe(signed.json().bodyMarkdown);
    expect(
      (await t.request({ method: 'GET', url: `/api/consent-signatures/${id}`, cookie: clinic.otherTherapist.cookie })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/consent-signatures/${id}` })).statusCode).toBe(401);
  });

  it('publishing a new version asks everyone on a current course to sign again, and keeps the old text with the old signature', async () => {
    await t.request({
      method: 'PUT',
      url: `/api/clients/${clinic.clientId}/course`,
      cookie: clinic.therapist.cookie,
      payload: { plannedSessionCount: 3 },
    });
    const [kap] = await documents();
    const first = await sign(kap.current.id);
    t.advance(60_000);
    const published = await t.request({
      method: 'POST',
      url: `/api/consent-documents/${kap.id}/versions`,
      cookie: clinic.admin.cookie,
      payload: { title: 'Informed consent for KAP', bodyMarkdown: '## Our practice’s own text\n\nReviewed by counsel.', required: true },
    });
    expect(published.json()).toMatchObject({ reconsentRequested: 1, document: { current: { version: 2, isTemplate: false } } });
    const toSign = (await t.request({ method: 'GET', url: '/api/portal/consents', cookie: portal })).json().toSign;
    expect(toSign.map((v: { key: string; version: number }) => `${v.key}:${v.version}`)).toEqual([
      'kap_informed_consent:2',
      'touch_consent:1',
    ]);
    const stale = await sign(kap.current.id);
    expect(stale.json().error.code).toBe('superseded');
    const standing = (
      await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/consents`, cookie: clinic.therapist.cookie })
    ).json();
    expect(standing.consents[0]).toMatchObject({ state: 'signed_older_version', currentVersion: 2 });
    const old = (
      await t.request({ method: 'GET', url: `/api/consent-signatures/${first.json().id}`, cookie: clinic.therapist.cookie })
    ).json();
    expect(old.bodyMarkdown).toMatch(/Template — review before use/);
    const again = await sign(published.json().document.current.id);
    expect(again.json()).toMatchObject({ version: 2, bodyMarkdown: '## Our practice’s own text\n\nReviewed by counsel.' });
  });

  it('refuses signing an older version the client never signed', async () => {
    const [kap] = await documents();
    await t.request({
      method: 'POST',
      url: `/api/consent-documents/${kap.id}/versions`,
      cookie: clinic.admin.cookie,
      payload: { title: 'v2', bodyMarkdown: 'New text', required: true },
    });
    expect((await sign(kap.current.id)).json().error.code).toBe('superseded');
  });

  it('only an admin writes documents; staff read them; the portal signs only for itself', async () => {
    const body = { key: 'photo_consent', title: 'Photos', bodyMarkdown: 'May we…', required: false };
    expect(
      (await t.request({ method: 'POST', url: '/api/consent-documents', cookie: clinic.therapist.cookie, payload: body })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'POST', url: '/api/consent-documents', payload: body })).statusCode).toBe(401);
    const bad = await t.request({
      method: 'POST',
      url: '/api/consent-documents',
      cookie: clinic.admin.cookie,
      payload: { ...body, key: 'Bad Key' },
    });
    expect(bad.json().error.issues[0].path).toBe('key');
    const created = await t.request({ method: 'POST', url: '/api/consent-documents', cookie: clinic.admin.cookie, payload: body });
    expect(created.json().current).toMatchObject({ version: 1, required: false });
    const dup = await t.request({ method: 'POST', url: '/api/consent-documents', cookie: clinic.admin.cookie, payload: body });
    expect(dup.json().error.issues[0].path).toBe('key');
    expect((await t.request({ method: 'GET', url: '/api/consent-documents', cookie: clinic.coFacilitator.cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/consent-documents', cookie: portal })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/consents`, cookie: portal })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'GET', url: `/api/clients/${clinic.clientId}/consents`, cookie: clinic.otherTherapist.cookie }))
        .statusCode,
    ).toBe(404);
    const [kap] = await documents();
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/portal/consents/${kap.current.id}/sign`,
          cookie: clinic.therapist.cookie,
          payload: { typedName: 'X Y', agreed: true },
        })
      ).statusCode,
    ).toBe(404);
  });
});
