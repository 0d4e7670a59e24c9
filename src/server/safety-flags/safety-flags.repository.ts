import { type Kysely, sql } from 'kysely';
import type { SafetyFlagView } from '../../contracts/safety-flags.contracts.js';
import type { Database } from '../../db/schema.js';

const KIND_LABELS: Record<SafetyFlagView['kind'], string> = {
  phq9_item9: 'PHQ-9 question 9 answered above “Not at all”',
  asq_positive: 'ASQ positive screen',
  asq_acute: 'ASQ acute positive — urgent',
};

function flagsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('safety_flags')
    .innerJoin('clients', 'clients.id', 'safety_flags.client_id')
    .leftJoin('users', 'users.id', 'safety_flags.acknowledged_by')
    .selectAll('safety_flags')
    .select(['clients.legal_name', 'clients.preferred_name', 'users.display_name as acknowledged_by_name']);
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
  };
}

/** Urgent before high, then newest first. */
export function listFlags(db: Kysely<Database>, filter: { openOnly: boolean; clientId?: string; careTeamOf?: string }) {
  let q = flagsQuery(db);
  if (filter.openOnly) q = q.where('safety_flags.acknowledged_at', 'is', null);
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

export async function findFlag(db: Kysely<Database>, id: string) {
  return flagsQuery(db).where('safety_flags.id', '=', id).executeTakeFirst();
}
