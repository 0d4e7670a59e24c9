import type { Kysely } from 'kysely';
import type { GateResultView } from '../../contracts/readiness.contracts.js';
import { fromJsonColumn } from '../../db/json-column.js';
import type { Database } from '../../db/schema.js';
import type { MonitoringSettings } from '../../domain/medical/monitoring-settings.js';
import { DEFAULT_CONSOLE_SETTINGS } from '../../domain/session/console-settings.js';
import { getClinicalSettings } from '../medical/index.js';
import { loadIntentions, loadTools, loadTouchPreferences } from '../preparation/index.js';
import { getSomaticVocabulary } from '../session-vocabulary/index.js';
import type { StoredContext } from './ketamine-sessions.repository.js';

/**
 * The monitoring settings for this client: those the prescriber set on the clearance in force (the
 * latest not withdrawn), else the practice's defaults.
 */
async function clientMonitoring(db: Kysely<Database>, clientId: string): Promise<MonitoringSettings> {
  const clearance = await db
    .selectFrom('medical_clearances')
    .select('monitoring')
    .where('client_id', '=', clientId)
    .where('withdrawn_at', 'is', null)
    .orderBy('recorded_at', 'desc')
    .executeTakeFirst();
  return clearance?.monitoring ? fromJsonColumn<MonitoringSettings>(clearance.monitoring) : (await getClinicalSettings(db)).monitoring;
}

/**
 * What the session's rules and the console's "at a glance" read, fixed when the session opens so the record
 * shows what held in the room even if the preparation records change later.
 */
export async function snapshotContext(
  db: Kysely<Database>,
  input: { sessionId: string; clientId: string; plannedSessionId: string; openedAt: string; gate: GateResultView },
): Promise<StoredContext> {
  const team = await db.selectFrom('care_team_members').select(['user_id', 'role']).where('client_id', '=', input.clientId).execute();
  const [intentions, tools, touch, monitoring, vocabulary] = await Promise.all([
    loadIntentions(db, input.clientId),
    loadTools(db, input.clientId),
    loadTouchPreferences(db, input.clientId),
    clientMonitoring(db, input.clientId),
    getSomaticVocabulary(db),
  ]);
  const t = touch.current;
  return {
    sessionId: input.sessionId,
    openedAt: input.openedAt,
    plannedSessionId: input.plannedSessionId,
    clientId: input.clientId,
    prescriberIds: team.filter((m) => m.role === 'prescriber').map((m) => m.user_id),
    careTeamIds: [...new Set(team.map((m) => m.user_id))],
    consentedTouchKinds: t?.consentedTouch ?? [],
    vocabulary,
    monitoring,
    console: DEFAULT_CONSOLE_SETTINGS,
    atAGlance: {
      intentions: intentions.filter((i) => !i.retired).map((i) => ({ id: i.id, kind: i.kind, text: i.text })),
      touch: t
        ? {
            consentedTouch: t.consentedTouch,
            otherTouch: t.otherTouch,
            neverTouch: t.neverTouch,
            groundingCues: t.groundingCues,
            wordsToAvoid: t.wordsToAvoid,
            signals: t.signals,
          }
        : null,
      groundingTools: tools.filter((x) => !x.retired).map((x) => ({ id: x.id, kind: x.kind, name: x.name, howToUse: x.howToUse })),
      readiness: { holds: input.gate.holds, overridden: input.gate.items.filter((i) => i.state === 'overridden').map((i) => i.code) },
    },
  };
}
