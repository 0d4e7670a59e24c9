import type { Kysely, Transaction } from 'kysely';
import type { Dialect } from '../../db/column-types.js';
import type { Database } from '../../db/schema.js';
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
}

/** What a use case needs from the outside world, passed in so tests can use a real database and a fixed clock. */
export interface Deps {
  db: Kysely<Database>;
  dialect: Dialect;
  clock: () => Date;
  mail: MailDelivery;
  config: AppConfig;
}

export interface Tx {
  db: Transaction<Database>;
  dialect: Dialect;
}

/** One use case, one transaction: all of it lands, audit row included, or none of it does. */
export function inTransaction<T>(deps: Deps, work: (tx: Tx) => Promise<T>): Promise<T> {
  return deps.db.transaction().execute((trx) => work({ db: trx, dialect: deps.dialect }));
}
