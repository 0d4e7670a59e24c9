import type { SelectQueryBuilder } from 'kysely';
import type { AuditExportQuery } from '../../contracts/audit.contracts.js';
import type { Database } from '../../db/schema.js';
import { nextDate, zonedTimeToUtc } from '../../domain/time/zoned-time.js';

/** The UTC instant a practice-local day starts (01:00 on the rare day a zone skips midnight). */
export function dayStartUtc(date: string, timeZone: string): string {
  const midnight = zonedTimeToUtc(date, '00:00', timeZone);
  if (midnight.ok) return midnight.utc;
  const one = zonedTimeToUtc(date, '01:00', timeZone);
  return one.ok ? one.utc : `${date}T00:00:00.000Z`;
}

/** One set of filters for the page and the CSV export, so the download is exactly what was on screen. */
export function applyAuditFilters<O>(
  q: SelectQueryBuilder<Database, 'audit_log' | 'users', O>,
  query: AuditExportQuery,
  timeZone: string,
): SelectQueryBuilder<Database, 'audit_log' | 'users', O> {
  let out = q;
  if (query.action) out = out.where('audit_log.action', 'like', `${query.action.replace(/[%_]/g, '')}%`);
  if (query.kind) out = out.where('audit_log.action', 'like', `${query.kind.replace(/[%]/g, '')}.%`);
  if (query.recordId) out = out.where('audit_log.record_id', '=', query.recordId);
  if (query.clientId) out = out.where('audit_log.record_id', '=', query.clientId);
  if (query.actorId) out = out.where('audit_log.actor_id', '=', query.actorId);
  if (query.from) out = out.where('audit_log.at', '>=', dayStartUtc(query.from, timeZone));
  if (query.to) out = out.where('audit_log.at', '<', dayStartUtc(nextDate(query.to), timeZone));
  return out;
}
