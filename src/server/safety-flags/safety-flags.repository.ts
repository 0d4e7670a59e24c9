import { type Kysely, sql, type Transaction } from 'kysely';
import type { SafetyFlagView } from '../../contracts/safety-flags.contracts.js';
import type { Database, SafetyFlagViewsTable } from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const KIND_LABELS: Record<SafetyFlagView['kind'], string> = {
  phq9_item9: 'PHQ-9 question 9 answered above “Not at all”',
  asq_positive: 'ASQ positive screen',
  asq_acute: 'ASQ acute positive — urgent',
};

/** `viewer`: whose "seen" state comes with each flag. */
function flagsQuery(db: Db, viewer: string | null) {
  return db
    .selectFrom('safety_flags')
    .innerJoin('clients', 'clients.id', 'safety_flags.client_id')
    .leftJoin('users', 'users.id', 'safety_flags.acknowledged_by')
    .leftJoin('safety_flag_views as mine', (join) =>
      join.onRef('mine.flag_id', '=', 'safety_flags.id').on('mine.user_id', '=', viewer ?? ''),
    )
    .selectAll('safety_flags')
    .select([
      'clients.legal_name',
      'clients.preferred_name',
      'users.display_name as acknowledged_by_name',
      'mine.seen_at as seen_by_me_at',
    ]);
}

type FlagRow = Awaited<ReturnType<ReturnType<typeof flagsQuery>['execute']>>[number];

export function presentFlag(row: FlagRow): SafetyFlagView {
  const kind = row.kind as SafetyFlagView['kind'];
  return {
    id: row.id,
    clientId: row.client_id,
    clientName: row.preferred_name ? `${row.preferred_name} (${row.legal_name})` : row.legal_name,
    kind,
    kindLabel: KIND_LABELS[kind],
    urgency: row.urgency,
    summary: row.summary,
    raisedAt: row.raised_at,
    source: { type: row.source_type, id: row.source_id },
    acknowledgement:
      row.acknowledged_at && row.acknowledged_by_name
        ? { at: row.acknowledged_at, byName: row.acknowledged_by_name, note: row.acknowledgement_note ?? '' }
        : null,
    seenByMe: row.seen_by_me_at !== null,
  };
}

export interface FlagFilter {
  /** open: not yet acknowledged; attention: open, or not yet opened by the viewer; all (the default): every flag. */
  state?: 'open' | 'attention' | 'all';
  /** The same as state 'open'. */
  openOnly?: boolean;
  /** Whose "seen" state comes with each flag; without one, none is seen. */
  viewer?: string | null;
  clientId?: string | undefined;
  careTeamOf?: string | undefined;
}

/** Urgent before high, then newest first. */
export function listFlags(db: Db, filter: FlagFilter) {
  const state = filter.openOnly ? 'open' : (filter.state ?? 'all');
  let q = flagsQuery(db, filter.viewer ?? null);
  if (state === 'open') q = q.where('safety_flags.acknowledged_at', 'is', null);
  if (state === 'attention') q = q.where((eb) => eb.or([eb('safety_flags.acknowledged_at', 'is', null), eb('mine.seen_at', 'is', null)]));
  if (filter.clientId) q = q.where('safety_flags.client_id', '=', filter.clientId);
  const member = filter.careTeamOf;
  if (member) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('care_team_members')
          .whereRef('care_team_members.client_id', '=', 'safety_flags.client_id')
          .where('care_team_members.user_id', '=', member)
          .select(sql.lit(1).as('one')),
      ),
    );
  }
  return q
    .orderBy(sql`case when safety_flags.urgency = 'urgent' then 0 else 1 end`)
    .orderBy('safety_flags.raised_at', 'desc')
    .limit(200)
    .execute();
}

export async function findFlag(db: Db, id: string, viewer: string | null = null) {
  return flagsQuery(db, viewer).where('safety_flags.id', '=', id).executeTakeFirst();
}

export async function insertFlag(db: Transaction<Database>, row: Database['safety_flags']): Promise<void> {
  await db.insertInto('safety_flags').values(row).execute();
}

export async function markFlagAcknowledged(db: Transaction<Database>, id: string, by: string, at: string, note: string): Promise<void> {
  await db
    .updateTable('safety_flags')
    .set({ acknowledged_at: at, acknowledged_by: by, acknowledgement_note: note })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .execute();
}

/** Who on a client's care team is alerted in the app: every active clinician on it; therapist and prescriber also by mail. */
export function careTeamToAlert(db: Db, clientId: string) {
  return db
    .selectFrom('care_team_members')
    .innerJoin('users', 'users.id', 'care_team_members.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'care_team_members.role'])
    .where('care_team_members.client_id', '=', clientId)
    .where('users.status', '=', 'active')
    .orderBy('users.id')
    .execute();
}

export async function insertAlerts(db: Transaction<Database>, rows: Database['safety_flag_alerts'][]): Promise<void> {
  if (rows.length > 0) await db.insertInto('safety_flag_alerts').values(rows).execute();
}

/** The first time only: returns false when this person had already seen the flag (nothing is written then). */
export async function markFlagSeen(
  db: Transaction<Database>,
  row: { flag_id: string; user_id: string; seen_at: string; how: SafetyFlagViewsTable['how'] },
): Promise<boolean> {
  const done = await db
    .insertInto('safety_flag_views')
    .values(row)
    .onConflict((oc) => oc.columns(['flag_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(done.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The badge: flags of clients on my care team that I have not opened, and how many of them are urgent. */
export async function countUnseenFlags(db: Db, userId: string): Promise<{ unseen: number; urgent: number }> {
  const row = await db
    .selectFrom('safety_flags')
    .innerJoin('care_team_members', 'care_team_members.client_id', 'safety_flags.client_id')
    .leftJoin('safety_flag_views', (join) =>
      join.onRef('safety_flag_views.flag_id', '=', 'safety_flags.id').on('safety_flag_views.user_id', '=', userId),
    )
    .where('care_team_members.user_id', '=', userId)
    .where('safety_flag_views.seen_at', 'is', null)
    .select((eb) => [
      eb.fn.count<string>(sql`distinct safety_flags.id`).as('unseen'),
      eb.fn.count<string>(sql`distinct case when safety_flags.urgency = 'urgent' then safety_flags.id end`).as('urgent'),
    ])
    .executeTakeFirstOrThrow();
  return { unseen: Number(row.unseen), urgent: Number(row.urgent) };
}

/** What happened to the alerts of the flags one response (or its draft) raised: for the words the client sees. */
export async function alertFactsOf(db: Db, source: { type: string; id: string }) {
  const flags = db.selectFrom('safety_flags').select('id').where('source_type', '=', source.type).where('source_id', '=', source.id);
  const [alerts, seen, acknowledged] = await Promise.all([
    db
      .selectFrom('safety_flag_alerts')
      .leftJoin('outbox', 'outbox.id', 'safety_flag_alerts.outbox_id')
      .select(['safety_flag_alerts.user_id', 'outbox.status as mail_status'])
      .where('safety_flag_alerts.flag_id', 'in', flags)
      .execute(),
    db
      .selectFrom('safety_flag_views')
      .select('user_id')
      .where('flag_id', 'in', flags)
      .where('how', 'in', ['opened', 'acknowledged'])
      .execute(),
    db.selectFrom('safety_flags').select('id').where('id', 'in', flags).where('acknowledged_at', 'is not', null).execute(),
  ]);
  return {
    alerted: alerts.length,
    mailed: alerts.filter((a) => a.mail_status === 'sent').length,
    seen: seen.length + acknowledged.length,
  };
}
