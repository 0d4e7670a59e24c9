import type { Kysely } from 'kysely';
import type { GateResultView } from '../../contracts/readiness.contracts.js';
import type { Database } from '../../db/schema.js';
import { evaluateReadinessGate } from '../../domain/gate/readiness-gate.js';
import { utcToZoned } from '../../domain/time/zoned-time.js';
import type { Tx } from '../platform/deps.js';
import { AppError, notFound } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { loadGateFacts } from './gate-facts.repository.js';

/** The gate for a client on a date; with a planned session, its readiness checks and override count too. */
export async function clientGate(
  db: Kysely<Database>,
  clientId: string,
  date: string,
  plannedSessionId: string | null,
): Promise<GateResultView> {
  const facts = await loadGateFacts(db, clientId, plannedSessionId);
  return { clientId, ...evaluateReadinessGate(facts, date) };
}

/** The gate for one planned session, on the session's own date in the practice's time zone. */
export async function sessionGate(db: Kysely<Database>, session: { id: string; client_id: string; starts_at: string }, timeZone?: string) {
  const zone = timeZone ?? (await getPracticeSettings(db)).timeZone;
  return clientGate(db, session.client_id, utcToZoned(session.starts_at, zone).date, session.id);
}

export function gateRefusal(message: string, gate: GateResultView): AppError {
  const unmet = gate.items.filter((i) => i.state === 'unmet');
  return new AppError(
    409,
    'gate_not_met',
    `${message} Still open: ${unmet.map((i) => i.label.toLowerCase()).join('; ')}.`,
    unmet.map((i) => ({ path: i.code, message: `${i.message} ${i.resolvedByText}` })),
  );
}

/**
 * For the session console: call at session start, inside the use case's transaction. Throws 409
 * `gate_not_met` naming every unmet requirement (as issues, path = requirement code) unless the gate holds.
 */
export async function assertGateHolds(tx: Tx, clientId: string, plannedSessionId: string): Promise<GateResultView> {
  const session = await tx.db
    .selectFrom('planned_sessions')
    .select(['id', 'client_id', 'starts_at', 'status'])
    .where('id', '=', plannedSessionId)
    .executeTakeFirst();
  if (!session || session.client_id !== clientId || session.status === 'cancelled') throw notFound();
  const gate = await sessionGate(tx.db, session);
  if (!gate.holds) throw gateRefusal('This session cannot start yet.', gate);
  return gate;
}
