import type { Kysely } from 'kysely';
import type { Dialect } from '../../db/column-types.js';
import type { Database } from '../../db/schema.js';
import type { CachedReads } from './cached-reads.js';
import type { JobWaker } from './jobs/job-types.js';
import type { LiveBus } from './live/live-bus.js';
import type { Logger } from './logger.js';
import type { MailDelivery } from './mail/mail-delivery.js';
import type { ThrottleLimits } from './throttle.js';

export interface AppConfig {
  /** The address people use to reach Holdspace; links in email start with it. */
  publicUrl: string;
  /** Where the built web app lives; absent in tests that only exercise the API. */
  webDir: string | null;
  staffIdleMinutes: number;
  staffMaxHours: number;
  /** Sign-in and enquiry limits; the browser-test server loosens them because every test comes from one address. */
  limits: ThrottleLimits;
  /** Where the sealer keeps the latest audit head outside the database (DATA_DIR/audit-head.json); null keeps none. */
  auditHeadFile?: string | null;
}

/** What a use case needs from the outside world, passed in so tests can use a real database and a fixed clock. */
export interface Deps {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: () => Date;
  mail: MailDelivery;
  live: LiveBus;
  log: Logger;
  config: AppConfig;
  /** This process's job runner, once started; a commit that enqueued a job wakes it. */
  jobs?: JobWaker;
  /** Reads kept for a moment and dropped by any commit to their tables (decision 0038); absent, nothing is kept. */
  cachedReads?: CachedReads;
}

export { enqueueJob, inTransaction, type Tx } from './unit-of-work.js';
