import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import { type ColumnTypes, columnTypes, type Dialect } from './column-types.js';
import * as foundation from './migrations/0001-foundation.js';
import * as clientsAndAssessment from './migrations/0002-clients-and-assessment.js';
import * as auditSealedInBatches from './migrations/0003-audit-sealed-in-batches.js';
import * as jobs from './migrations/0004-jobs.js';
import * as liveEvents from './migrations/0005-live-events.js';
import * as draftResponses from './migrations/0006-draft-responses.js';
import * as preparationAndReadiness from './migrations/0007-preparation-and-readiness.js';
import * as ketamineSessions from './migrations/0008-ketamine-sessions.js';
import * as sessionEntryCount from './migrations/0009-session-entry-count.js';
import * as coverageAccess from './migrations/0011-coverage-access.js';
import * as safetyFlagAlerts from './migrations/0012-safety-flag-alerts.js';
import * as accountsAndTwoFactor from './migrations/0013-accounts-and-two-factor.js';
import * as somaticVocabulary from './migrations/0015-somatic-vocabulary.js';
import * as sessionRowKeptNarrow from './migrations/0016-session-row-kept-narrow.js';
import * as livePublishFunction from './migrations/0017-live-publish-function.js';
import type { Database } from './schema.js';

// biome-ignore lint/suspicious/noExplicitAny: a migration sees the schema as it was, not as the types say
type MigrationModule = { up(db: Kysely<any>, t: ColumnTypes, dialect: Dialect): Promise<void> };

/** Listed here in order, so the compiled server needs no directory scan. */
const migrations: Record<string, MigrationModule> = {
  '0001-foundation': foundation,
  '0002-clients-and-assessment': clientsAndAssessment,
  '0003-audit-sealed-in-batches': auditSealedInBatches,
  '0004-jobs': jobs,
  '0005-live-events': liveEvents,
  '0006-draft-responses': draftResponses,
  '0007-preparation-and-readiness': preparationAndReadiness,
  '0008-ketamine-sessions': ketamineSessions,
  '0009-session-entry-count': sessionEntryCount,
  '0011-coverage-access': coverageAccess,
  '0012-safety-flag-alerts': safetyFlagAlerts,
  '0013-accounts-and-two-factor': accountsAndTwoFactor,
  '0015-somatic-vocabulary': somaticVocabulary,
  '0016-session-row-kept-narrow': sessionRowKeptNarrow,
  '0017-live-publish-function': livePublishFunction,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const t = columnTypes(this.dialect);
    return Object.fromEntries(Object.entries(migrations).map(([name, m]) => [name, { up: (db) => m.up(db, t, this.dialect) }]));
  }
}

/** `schema`: keep the migration bookkeeping in this PostgreSQL schema too (tests give each database a schema). */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Stops after `target`: for tests that build a database as an older version left it, then upgrade it. */
export async function migrateUpTo(db: Kysely<Database>, dialect: Dialect, target: string, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error } = await migrator.migrateTo(target);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}
