import { createHash } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../domain/audit/canonical-json.js';
import { createTestDatabase, TEST_DIALECTS, type TestDatabase } from '../../testing/test-database.js';

const now = '2026-12-01T10:00:00.000Z';

describe.each(TEST_DIALECTS)('migration 0008: ketamine sessions (%s)', (dialect) => {
  let database: TestDatabase;
  const userId = uuidv7();
  const clientId = uuidv7();
  const sessionId = uuidv7();

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    const { db } = database;
    await db
      .insertInto('users')
      .values({
        id: userId,
        email: 'rx@example.org',
        display_name: 'Rx',
        password_hash: 'x',
        status: 'active',
        created_at: now,
        updated_at: now,
        client_id: null,
      })
      .execute();
    await db
      .insertInto('clients')
      .values({
        id: clientId,
        legal_name: 'A',
        preferred_name: 'A',
        pronouns: '',
        date_of_birth: null,
        email: null,
        phone: null,
        address: '',
        emergency_contact_name: '',
        emergency_contact_phone: '',
        emergency_contact_relationship: '',
        support_person_name: '',
        support_person_phone: '',
        support_person_relationship: '',
        phase: 'sessions',
        enquiry_id: null,
        created_at: now,
        updated_at: now,
        created_by: userId,
      })
      .execute();
    await db
      .insertInto('ketamine_sessions')
      .values({
        id: sessionId,
        client_id: clientId,
        status: 'open',
        context: JSON.stringify({ prescriberIds: [userId] }),
        readiness_override: null,
        opened_at: now,
        opened_by: userId,
        first_dose_at: null,
        discharged_at: null,
        discharged_by: null,
        updated_at: now,
      })
      .execute();
  });
  afterEach(async () => database.drop());

  const entry = (id: string, body: object) => ({
    id,
    session_id: sessionId,
    kind: 'note',
    body: JSON.stringify(body),
    body_hash: createHash('sha256').update(canonicalJson(body)).digest('hex'),
    author_id: userId,
    device_time: now,
    clock_offset_ms: 0,
    server_time: now,
    occurred_at: now,
    time_source: 'server' as const,
    target_id: null,
  });

  it('keeps one row per entry id: a second insert of the same id is refused', async () => {
    const id = uuidv7();
    await database.db
      .insertInto('session_entries')
      .values(entry(id, { text: 'a' }))
      .execute();
    await expect(
      database.db
        .insertInto('session_entries')
        .values(entry(id, { text: 'a' }))
        .execute(),
    ).rejects.toThrow();
    const rows = await database.db.selectFrom('session_entries').select(['id', 'body_hash']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.body_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never updates or deletes an entry', async () => {
    const id = uuidv7();
    await database.db
      .insertInto('session_entries')
      .values(entry(id, { text: 'a' }))
      .execute();
    await expect(database.db.updateTable('session_entries').set({ body_hash: 'x' }).where('id', '=', id).execute()).rejects.toThrow(
      /locked/,
    );
    await expect(database.db.deleteFrom('session_entries').where('id', '=', id).execute()).rejects.toThrow(/locked/);
  });

  it('refuses an unknown entry kind', async () => {
    await expect(
      database.db
        .insertInto('session_entries')
        .values({ ...entry(uuidv7(), {}), kind: 'horoscope' })
        .execute(),
    ).rejects.toThrow();
  });

  it('locks an alert once acknowledged', async () => {
    const reading = uuidv7();
    await database.db
      .insertInto('session_entries')
      .values(entry(reading, { text: 'reading' }))
      .execute();
    const alert = {
      id: `${reading}:systolic_high`,
      session_id: sessionId,
      reading_entry_id: reading,
      code: 'systolic_high',
      raised_at: now,
      recheck_due_at: '2026-12-01T10:05:00.000Z',
      recheck_entry_id: null,
      recheck_outcome: null,
      acknowledged_at: null,
      acknowledged_by: null,
      acknowledgement_entry_id: null,
    };
    await database.db.insertInto('session_alerts').values(alert).execute();
    await database.db.updateTable('session_alerts').set({ recheck_outcome: 'confirmed' }).where('id', '=', alert.id).execute();
    await database.db
      .updateTable('session_alerts')
      .set({ acknowledged_at: now, acknowledged_by: userId })
      .where('id', '=', alert.id)
      .execute();
    await expect(
      database.db.updateTable('session_alerts').set({ acknowledged_at: null }).where('id', '=', alert.id).execute(),
    ).rejects.toThrow(/locked/);
    await expect(database.db.deleteFrom('session_alerts').where('id', '=', alert.id).execute()).rejects.toThrow(/locked/);
  });

  it('keeps a dose against its entry', async () => {
    const id = uuidv7();
    await database.db
      .insertInto('session_entries')
      .values({ ...entry(id, { mg: 1 }), kind: 'dose' })
      .execute();
    await database.db
      .insertInto('session_doses')
      .values({
        id,
        session_id: sessionId,
        dose_kind: 'session_medicine',
        medicine: 'ketamine',
        mg: 1,
        amount_text: '',
        route: 'sublingual',
        administered_at: now,
        administered_by: userId,
        ordered_by: userId,
        lot: '',
        reason: '',
      })
      .execute();
    await expect(database.db.deleteFrom('session_doses').where('id', '=', id).execute()).rejects.toThrow(/locked/);
    await expect(
      database.db
        .insertInto('session_doses')
        .values({
          id: uuidv7(),
          session_id: sessionId,
          dose_kind: 'session_medicine',
          medicine: 'k',
          mg: 1,
          amount_text: '',
          route: 'nasal-spray',
          administered_at: now,
          administered_by: userId,
          ordered_by: userId,
          lot: '',
          reason: '',
        })
        .execute(),
    ).rejects.toThrow();
  });
});
