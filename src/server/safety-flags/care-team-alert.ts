import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { type CareTeamAlert, careTeamAlert } from '../../domain/safety-flags/care-team-alert.js';
import { alertFactsOf } from './safety-flags.repository.js';

/**
 * What the client may truthfully be told about the flags their answers raised (decision 0029): read
 * at the moment they are told, from who was alerted, which mail their mail server accepted and who has
 * opened the flag since.
 */
export async function careTeamAlertFor(db: Kysely<Database>, source: { type: 'measure_response'; id: string }): Promise<CareTeamAlert> {
  return careTeamAlert(await alertFactsOf(db, source));
}
