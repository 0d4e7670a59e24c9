import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SOMATIC_VOCABULARY } from '../../domain/session/vocabulary.js';
import { type Clinic, openClinic } from '../../testing/clinic.js';
import { entry, openConsoleSession, plannedSessionToday } from '../../testing/console-session.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { TEST_DIALECTS } from '../../testing/test-database.js';

const URL = '/api/practice/somatic-vocabulary';

/** The default with breath's "Held" retired and a new "Shallow" term added. */
function edited() {
  const v = structuredClone(DEFAULT_SOMATIC_VOCABULARY);
  v.breath = v.breath.map((t) => (t.code === 'held' ? { ...t, retired: true } : t));
  v.breath.push({ code: 'shallow', label: 'Shallow', retired: false });
  return v;
}

describe.each(TEST_DIALECTS)('the somatic vocabulary (%s)', (dialect) => {
  let t: TestApp;
  let clinic: Clinic;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    clinic = await openClinic(t);
  });
  afterEach(async () => t.close());

  const put = (cookie: string, payload: object) => t.request({ method: 'PUT', url: URL, cookie, payload });

  it('starts as the default and answers 401 signed out, 404 to a co-facilitator changing it, 400 naming the field', async () => {
    const first = await t.request({ method: 'GET', url: URL, cookie: clinic.coFacilitator.cookie });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ custom: false, savedAt: null, vocabulary: DEFAULT_SOMATIC_VOCABULARY });
    expect((await t.request({ method: 'GET', url: URL })).statusCode).toBe(401);
    expect((await put('', { vocabulary: edited() })).statusCode).toBe(401);
    expect((await put(clinic.coFacilitator.cookie, { vocabulary: edited() })).statusCode).toBe(404);
    const badCode = await put(clinic.therapist.cookie, { vocabulary: { ...edited(), posture: [{ code: 'Open Up', label: 'Open' }] } });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.issues[0].path).toBe('vocabulary.posture.0.code');
    const removed = await put(clinic.therapist.cookie, {
      vocabulary: { ...edited(), energy: DEFAULT_SOMATIC_VOCABULARY.energy.slice(1) },
    });
    expect(removed.statusCode).toBe(400);
    expect(removed.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['vocabulary.energy']);
    const noneInUse = await put(clinic.admin.cookie, {
      vocabulary: { ...edited(), movement: DEFAULT_SOMATIC_VOCABULARY.movement.map((x) => ({ ...x, retired: true })) },
    });
    expect(noneInUse.statusCode).toBe(400);
    expect(noneInUse.json().error.issues[0].path).toBe('vocabulary.movement');
  });

  it('saves a new version, audited, that the next session uses and validates observations against', async () => {
    const saved = await put(clinic.admin.cookie, { vocabulary: edited() });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ custom: true, savedBy: { id: clinic.admin.user.id } });
    expect(saved.json().vocabulary.breath.at(-1)).toEqual({ code: 'shallow', label: 'Shallow', retired: false });
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('action', '=', 'practice.somatic_vocabulary_update')
      .execute();
    expect(audit).toEqual([{ action: 'practice.somatic_vocabulary_update', actor_id: clinic.admin.user.id }]);

    const id = await openConsoleSession(t, clinic, await plannedSessionToday(t, clinic));
    const state = await t.request({ method: 'GET', url: `/api/ketamine-sessions/${id}`, cookie: clinic.therapist.cookie });
    expect(state.json().vocabulary.breath.map((x: { code: string }) => x.code)).toContain('shallow');
    const now = t.deps.clock();
    const results = (
      await t.request({
        method: 'POST',
        url: `/api/ketamine-sessions/${id}/entries`,
        cookie: clinic.therapist.cookie,
        payload: {
          entries: [
            entry('observation', { category: 'breath', term: 'shallow', note: '' }, now),
            entry('observation', { category: 'breath', term: 'held', note: '' }, now),
            entry('observation', { category: 'breath', term: 'gasping', note: '' }, now),
          ],
        },
      })
    ).json().results;
    expect(results.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'rejected', 'rejected']);
    expect(results[1].error.issues[0].path).toBe('body.term');

    // A session already open keeps the vocabulary it opened with; a retired term stays readable in its record.
    const back = structuredClone(edited());
    back.breath = back.breath.map((x) => (x.code === 'shallow' ? { ...x, label: 'Shallow breath', retired: true } : x));
    expect((await put(clinic.therapist.cookie, { vocabulary: back })).statusCode).toBe(200);
    const record = await t.request({ method: 'GET', url: `/api/ketamine-sessions/${id}/record`, cookie: clinic.therapist.cookie });
    expect(record.json().observations[0]).toMatchObject({ term: 'shallow', label: 'Shallow' });
    const versions = await t.deps.db.selectFrom('somatic_vocabulary_versions').select('id').execute();
    expect(versions).toHaveLength(2);
  });
});
