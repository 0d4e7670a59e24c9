import { type Kysely, sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database, EnquiriesTable } from '../../db/schema.js';
import { ENQUIRY_STATUSES, type EnquiryStatus } from '../../domain/enquiries/enquiry-status.js';

export const QUEUE_PAGE_SIZE = 50;
const OPEN_STATUSES: EnquiryStatus[] = ['new', 'contacted', 'consultation_scheduled'];

export function insertEnquiry(db: Kysely<Database>, row: EnquiriesTable) {
  return db.insertInto('enquiries').values(row).execute();
}

export function findEnquiry(db: Kysely<Database>, id: string) {
  return db.selectFrom('enquiries').selectAll().where('id', '=', id).executeTakeFirst();
}

/** New requests first, then the rest; newest first within each. */
export async function listEnquiries(db: Kysely<Database>, filter: { status: EnquiryStatus | 'open' | 'all'; page: number }) {
  let query = db.selectFrom('enquiries');
  if (filter.status === 'open') query = query.where('status', 'in', OPEN_STATUSES);
  else if (filter.status !== 'all') query = query.where('status', '=', filter.status);
  const [rows, total] = await Promise.all([
    query
      .select(['id', 'received_at', 'name', 'preferred_contact', 'status', 'status_changed_at'])
      .select((eb) =>
        eb
          .selectFrom('enquiry_notes')
          .whereRef('enquiry_notes.enquiry_id', '=', 'enquiries.id')
          .select((n) => n.fn.countAll<number>().as('n'))
          .as('note_count'),
      )
      .orderBy(sql`case when status = 'new' then 0 else 1 end`)
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .limit(QUEUE_PAGE_SIZE)
      .offset((filter.page - 1) * QUEUE_PAGE_SIZE)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function countByStatus(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('enquiries')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<string, number> = Object.fromEntries(ENQUIRY_STATUSES.map((s) => [s, 0]));
  for (const row of rows) counts[row.status] = Number(row.n);
  counts.open = OPEN_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  counts.all = ENQUIRY_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  return counts;
}

export async function countNew(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('enquiries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'new')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listNotes(db: Kysely<Database>, enquiryId: string) {
  return db
    .selectFrom('enquiry_notes')
    .innerJoin('users', 'users.id', 'enquiry_notes.author_id')
    .select(['enquiry_notes.id', 'enquiry_notes.body', 'enquiry_notes.created_at', 'users.display_name as author_name'])
    .where('enquiry_notes.enquiry_id', '=', enquiryId)
    .orderBy('enquiry_notes.created_at')
    .orderBy('enquiry_notes.id')
    .execute();
}

export function listStatusChanges(db: Kysely<Database>, enquiryId: string) {
  return db
    .selectFrom('enquiry_status_changes')
    .innerJoin('users', 'users.id', 'enquiry_status_changes.changed_by')
    .select([
      'enquiry_status_changes.id',
      'enquiry_status_changes.from_status',
      'enquiry_status_changes.to_status',
      'enquiry_status_changes.reason',
      'enquiry_status_changes.changed_at',
      'users.display_name as changed_by_name',
    ])
    .where('enquiry_status_changes.enquiry_id', '=', enquiryId)
    .orderBy('enquiry_status_changes.changed_at')
    .orderBy('enquiry_status_changes.id')
    .execute();
}

/** Moves a request to a new status and keeps the step in its history. The caller has checked the path allows it. */
export async function recordStatusChange(
  db: Kysely<Database>,
  change: { enquiryId: string; from: EnquiryStatus; to: EnquiryStatus; reason: string | null; by: string; at: string },
): Promise<void> {
  await db
    .updateTable('enquiries')
    .set({ status: change.to, status_reason: change.reason, status_changed_at: change.at, updated_at: change.at })
    .where('id', '=', change.enquiryId)
    .execute();
  await db
    .insertInto('enquiry_status_changes')
    .values({
      id: uuidv7(),
      enquiry_id: change.enquiryId,
      from_status: change.from,
      to_status: change.to,
      reason: change.reason,
      changed_by: change.by,
      changed_at: change.at,
    })
    .execute();
}
