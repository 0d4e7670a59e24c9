import type { Kysely } from 'kysely';
import { fromJsonColumn, toJsonColumn } from '../../db/json-column.js';
import type { Database } from '../../db/schema.js';
import { checkMonitoringSettings, DEFAULT_MONITORING, type MonitoringSettings } from '../../domain/medical/monitoring-settings.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { authorize } from '../platform/authorize.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { badRequest } from '../platform/errors.js';
import { getPracticeSettings, savePracticeSettings } from '../practice/practice.repository.js';
import { medicalPolicy } from './medical.policy.js';

export interface ClinicalSettings {
  monitoring: MonitoringSettings;
  pcl5Threshold: number;
  clientIdleMinutes: number;
}

/** Until the practice sets its own: how long a client's portal session may sit idle. */
export const DEFAULT_CLIENT_IDLE_MINUTES = 120;

export async function getClinicalSettings(db: Kysely<Database>): Promise<ClinicalSettings> {
  const row = await db
    .selectFrom('practice_settings')
    .select(['monitoring_defaults', 'pcl5_threshold', 'client_idle_minutes'])
    .executeTakeFirst();
  return {
    monitoring: row?.monitoring_defaults ? fromJsonColumn<MonitoringSettings>(row.monitoring_defaults) : DEFAULT_MONITORING,
    pcl5Threshold: row?.pcl5_threshold ?? 33,
    clientIdleMinutes: row?.client_idle_minutes ?? DEFAULT_CLIENT_IDLE_MINUTES,
  };
}

export async function readClinicalSettings(deps: Deps, ctx: RequestContext) {
  authorize(ctx, medicalPolicy.readSettings);
  return getClinicalSettings(deps.db);
}

/** The prescriber sets the practice's monitoring defaults; each clearance copies them unless changed for that client. */
export async function updateClinicalSettings(deps: Deps, ctx: RequestContext, input: ClinicalSettings) {
  const actor = authorize(ctx, medicalPolicy.changeSettings);
  const issues = checkMonitoringSettings(input.monitoring);
  if (issues.length > 0)
    throw badRequest(
      'Some monitoring numbers contradict each other.',
      issues.map((i) => ({ path: `monitoring.${i.path}`, message: i.message })),
    );
  return inTransaction(deps, async (tx) => {
    const exists = await tx.db.selectFrom('practice_settings').select('id').executeTakeFirst();
    if (!exists) {
      const { updatedAt: _unsaved, ...current } = await getPracticeSettings(tx.db);
      await savePracticeSettings(tx.db, current, actor.userId, ctx.now.toISOString());
    }
    await tx.db
      .updateTable('practice_settings')
      .set({
        monitoring_defaults: toJsonColumn(input.monitoring),
        pcl5_threshold: input.pcl5Threshold,
        client_idle_minutes: input.clientIdleMinutes,
        updated_at: ctx.now.toISOString(),
        updated_by: actor.userId,
      })
      .execute();
    await appendAudit(tx, ctx, { action: 'practice.clinical_settings_update', recordType: 'practice', recordId: 'practice' });
    return getClinicalSettings(tx.db);
  });
}
