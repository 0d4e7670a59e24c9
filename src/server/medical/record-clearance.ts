import { v7 as uuidv7 } from 'uuid';
import { toJsonColumn } from '../../db/json-column.js';
import { checkClearanceDates } from '../../domain/medical/clearance-status.js';
import { checkMonitoringSettings, type MonitoringSettings } from '../../domain/medical/monitoring-settings.js';
import { localDate } from '../../domain/time/local-date.js';
import { authorizeClient } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { badRequest, conflict, invalidField } from '../platform/errors.js';
import { getPracticeSettings } from '../practice/index.js';
import { getClinicalSettings } from './clinical-settings.js';
import { medicalPolicy } from './medical.policy.js';
import { findClearance, presentClearance, screeningsOf } from './medical.repository.js';

export interface RecordClearanceInput {
  id: string;
  clearedOn: string;
  validUntil: string;
  conditions: string;
  monitoring: MonitoringSettings | null;
}

/** Medical clearance, valid until a date, with this client's monitoring numbers (the practice defaults unless changed). */
export async function recordClearance(deps: Deps, ctx: RequestContext, input: RecordClearanceInput) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.id, medicalPolicy.record);
    // Clearance rests on the screening: without one, a "valid" clearance would stand on nothing.
    const screenings = await screeningsOf(tx.db, input.id);
    if (screenings.length === 0)
      throw conflict('Please record the medical screening first; clearance is recorded after it.', 'screening_required');
    const practice = await getPracticeSettings(tx.db);
    const today = localDate(ctx.now, practice.timeZone);
    // Nor may it be dated before the screening it rests on: the earliest screening, as a date in practice time.
    const screenedOn = localDate(new Date(screenings.at(-1)!.recorded_at), practice.timeZone);
    if (input.clearedOn < screenedOn)
      throw invalidField('clearedOn', `cannot be earlier than the medical screening (${screenedOn}); clearance comes after it`);
    const problem = checkClearanceDates(input.clearedOn, input.validUntil, today);
    if (problem === 'ends_before_it_starts') throw invalidField('validUntil', 'must be on or after the date of clearance');
    if (problem === 'dated_in_the_future') throw invalidField('clearedOn', 'cannot be later than today');
    const monitoring = input.monitoring ?? (await getClinicalSettings(tx.db)).monitoring;
    const issues = checkMonitoringSettings(monitoring);
    if (issues.length > 0)
      throw badRequest(
        'Some monitoring numbers contradict each other.',
        issues.map((i) => ({ path: `monitoring.${i.path}`, message: i.message })),
      );
    const id = uuidv7();
    await tx.db
      .insertInto('medical_clearances')
      .values({
        id,
        client_id: input.id,
        prescriber_id: actor.userId,
        cleared_on: input.clearedOn,
        valid_until: input.validUntil,
        conditions: input.conditions,
        monitoring: toJsonColumn(monitoring),
        recorded_at: ctx.now.toISOString(),
        withdrawn_at: null,
        withdrawn_by: null,
        withdrawal_reason: null,
      })
      .execute();
    await appendAudit(tx, ctx, {
      action: 'medical.clearance_record',
      recordType: 'medical_clearance',
      recordId: id,
      detail: { clientId: input.id, validUntil: input.validUntil },
    });
    return presentClearance((await findClearance(tx.db, id))!, today);
  });
}
