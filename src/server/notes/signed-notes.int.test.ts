import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

/** Each kind of signed note, as its routes name it: the lifecycle is shared, so every kind must behave alike. */
const KINDS = [
  {
    name: 'consultation record',
    start: (clientId: string) => `/api/clients/${clientId}/consultations`,
    draft: (id: string) => `/api/consultations/${id}`,
    one: (id: string) => `/api/consultations/${id}`,
    sign: (id: string) => `/api/consultations/${id}/sign`,
    amend: (id: string) => `/api/consultations/${id}/amendments`,
    writing: { goals: 'To feel present with family again.' },
    typed: 'goals',
    ready: {
      heldOn: '2026-11-20',
      goals: 'To feel present with family again.',
      presentingConcerns: ['depression_not_improved'],
      decision: 'proceed_to_preparation',
      decisionReasons: 'Good supports; no contraindications reported.',
    },
    amendment: { section: 'goals', text: 'Also: to sleep through the night.' },
    actions: ['consultation.create', 'consultation.update', 'consultation.update', 'consultation.sign', 'consultation.amend'],
  },
  {
    name: 'preparation note',
    start: (clientId: string) => `/api/clients/${clientId}/preparation-notes`,
    draft: (id: string) => `/api/preparation-notes/${id}/draft`,
    one: (id: string) => `/api/preparation-notes/${id}`,
    sign: (id: string) => `/api/preparation-notes/${id}/sign`,
    amend: (id: string) => `/api/preparation-notes/${id}/amendments`,
    writing: { explored: 'Fear of losing control' },
    typed: 'explored',
    ready: { heldOn: '2026-11-21', explored: 'Fear of losing control', practised: 'Box breathing' },
    amendment: { section: 'explored', text: 'Also: grief for her father.' },
    actions: [
      'preparation.note_create',
      'preparation.note_update',
      'preparation.note_update',
      'preparation.note_sign',
      'preparation.note_amend',
    ],
  },
] as const;

describe.each(TEST_DIALECTS)('signed notes share one lifecycle (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  describe.each(KINDS)('$name', (kind) => {
    const start = async () =>
      (
        await t.request({
          method: 'POST',
          url: kind.start(clinic.clientId),
          cookie: clinic.therapist.cookie,
          payload: { heldOn: '2026-11-22' },
        })
      ).json().id as string;
    const put = (id: string, payload: object, cookie: string | null = clinic.therapist.cookie) =>
      t.request({ method: 'PUT', url: kind.draft(id), cookie: cookie ?? undefined, payload });

    it('starts dated as asked, autosaves the whole draft as often as it is sent, and the draft reads back', async () => {
      const id = await start();
      expect((await put(id, { heldOn: '2026-11-22', ...kind.writing })).statusCode).toBe(200);
      const again = await put(id, { heldOn: '2026-11-22', ...kind.writing });
      expect(again.json()).toMatchObject({ status: 'draft', heldOn: '2026-11-22', ...kind.writing });
      const read = await t.request({ method: 'GET', url: kind.one(id), cookie: clinic.therapist.cookie });
      expect(read.json()).toMatchObject({ status: 'draft', ...kind.writing });
    });

    it('answers 401 signed out, 404 to someone not allowed to write it, 400 naming a bad field', async () => {
      const id = await start();
      expect((await put(id, kind.writing, null)).statusCode).toBe(401);
      expect((await put(id, kind.writing, clinic.otherTherapist.cookie)).statusCode).toBe(404);
      expect((await put(id, kind.writing, clinic.prescriber.cookie)).statusCode).toBe(404);
      const bad = await put(id, { heldOn: 'yesterday' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.issues[0].path).toBe('heldOn');
      const notText = await put(id, { [kind.typed]: 42 });
      expect(notText.statusCode).toBe(400);
      expect(notText.json().error.issues[0].path).toBe(kind.typed);
    });

    it('refuses a draft written after signing with 409 record_locked, and keeps the signed text', async () => {
      const id = await start();
      await put(id, kind.ready);
      const signed = await t.request({ method: 'POST', url: kind.sign(id), cookie: clinic.therapist.cookie });
      expect(signed.statusCode).toBe(200);
      const late = await put(id, { ...kind.ready, [kind.typed]: 'a late autosave' });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('record_locked');
      const twice = await t.request({ method: 'POST', url: kind.sign(id), cookie: clinic.therapist.cookie });
      expect(twice.json().error.code).toBe('record_locked');
      const amended = await t.request({ method: 'POST', url: kind.amend(id), cookie: clinic.therapist.cookie, payload: kind.amendment });
      expect(amended.json()).toMatchObject({ ...kind.writing, amendments: [kind.amendment] });
      const trail = await t.deps.db.selectFrom('audit_log').select('action').where('record_id', '=', id).orderBy('seq').execute();
      expect(trail.map((r) => r.action)).toEqual(kind.actions.filter((_, i) => i !== 2));
    });

    it('refuses an amendment to a draft: it can still be edited', async () => {
      const id = await start();
      const early = await t.request({ method: 'POST', url: kind.amend(id), cookie: clinic.therapist.cookie, payload: kind.amendment });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('not_signed');
    });
  });
});
