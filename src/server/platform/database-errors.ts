import { AppError } from './errors.js';

/**
 * Database refusals a person can cause (two people saving the same thing, a change to a signed
 * record, a busy database) turned into the one error shape, so none of them reaches anyone as a 500.
 * Raw detail from the driver (it may hold the conflicting value, e.g. an email) is never sent on.
 */

interface KnownUnique {
  message: string;
  /** The request field it concerns, so a form can show the message beside it. */
  field?: string;
}

/** Keyed by `table.column[,column]` as both databases name them. */
const KNOWN_UNIQUES: Record<string, KnownUnique> = {
  'users.email': { message: 'An account with this email already exists.', field: 'email' },
  'invitations.token_hash': { message: 'This invitation link already exists. Please send the invitation again.' },
  'clients.enquiry_id': { message: 'This request already has a chart.' },
  'care_team_members.client_id,user_id,role': { message: 'This person is already on the care team in that role.' },
  'practice_settings.id': { message: 'Holdspace is already set up for this practice.' },
};

export const RECORD_LOCKED_MESSAGE =
  'This record is signed and locked, so it cannot be changed. Add an amendment instead; the original stays as it was.';

export const BUSY_MESSAGE = 'Many changes arrived at the same moment and this one could not be saved. Please try again.';

interface DriverError {
  code?: unknown;
  message?: unknown;
  table?: unknown;
  detail?: unknown;
  constraint?: unknown;
}

function driverError(error: unknown): DriverError | null {
  return typeof error === 'object' && error !== null ? (error as DriverError) : null;
}

/** PostgreSQL says `Key (email)=(…) already exists.`; SQLite says `UNIQUE constraint failed: users.email`. */
export function uniqueViolationKey(error: unknown): string | null {
  const e = driverError(error);
  if (!e) return null;
  if (e.code === '23505') {
    const columns = typeof e.detail === 'string' ? /Key \(([^)]+)\)=/.exec(e.detail)?.[1] : undefined;
    const table = typeof e.table === 'string' ? e.table : null;
    if (table && columns) return `${table}.${columns.replaceAll(/\s+/g, '')}`;
    return typeof e.constraint === 'string' ? e.constraint : 'unknown';
  }
  if ((e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') && typeof e.message === 'string') {
    const columns = /constraint failed: (.+)$/.exec(e.message)?.[1];
    if (!columns) return 'unknown';
    const parts = columns.split(',').map((c) => c.trim());
    const table = parts[0]?.split('.')[0] ?? '';
    return `${table}.${parts.map((p) => p.split('.').slice(1).join('.')).join(',')}`;
  }
  return null;
}

/** The locked-record trigger of src/db/record-locks.ts, on either database. */
export function isRecordLocked(error: unknown): boolean {
  const e = driverError(error);
  if (!e) return false;
  if (e.code === 'HS001') return true;
  return e.code === 'SQLITE_CONSTRAINT_TRIGGER' && typeof e.message === 'string' && e.message.endsWith('is locked and cannot be changed');
}

/** Worth running the whole transaction again: it lost a race, nothing was wrong with it. */
export function isRetryable(error: unknown): boolean {
  const code = driverError(error)?.code;
  if (code === '40001' || code === '40P01') return true;
  // SQLITE_BUSY_GROUP_LOST: a shared group commit was lost to another use case (sqlite-group-commit.ts).
  return typeof code === 'string' && (code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED');
}

export function busyError(): AppError {
  return new AppError(503, 'busy', BUSY_MESSAGE, undefined, { 'retry-after': '1' });
}

function humanize(key: string): string {
  return key.replace(/_/g, ' ').replace('.', ' ').replace(/,/g, ', ');
}

/** The one-shape error for a database refusal, or null when it is not one a person could cause. */
export function fromDatabaseError(error: unknown): AppError | null {
  const unique = uniqueViolationKey(error);
  if (unique) {
    const known = KNOWN_UNIQUES[unique];
    const message = known?.message ?? `This already exists (${humanize(unique)}). Please refresh to see the latest.`;
    const issues = known?.field ? [{ path: known.field, message }] : undefined;
    return new AppError(409, 'already_exists', message, issues);
  }
  if (isRecordLocked(error)) return new AppError(409, 'record_locked', RECORD_LOCKED_MESSAGE);
  if (isRetryable(error)) return busyError();
  return null;
}
