import { endExpiredSessions } from './auth/end-expired-sessions.js';
import { COVERAGE_EXPIRY_INTERVAL_MS, endExpiredCoverage } from './coverage/end-expired-coverage.js';
import { pruneReadMarks } from './platform/audit/append-read-audit.js';
import { AUDIT_SEAL_INTERVAL_MS, auditSealingTask, READ_MARK_PRUNE_INTERVAL_MS } from './platform/audit/seal-audit-log.js';
import type { Deps } from './platform/deps.js';
import { createJobRunner, type JobRunner, type JobRunnerOptions } from './platform/jobs/job-runner.js';
import { pruneLiveEvents } from './platform/live/prune-live-events.js';
import { MAIL_DELIVER, mailDeliveryHandler } from './platform/mail/mail-jobs.js';

/** How often idle and too-old sessions are ended without waiting for their next request. */
export const SESSION_EXPIRY_INTERVAL_MS = 60_000;
/** Live events are kept 48 hours for devices to catch up; pruning hourly keeps the table small. */
export const LIVE_EVENTS_PRUNE_INTERVAL_MS = 60 * 60_000;

/**
 * Holdspace's background work in one place: each job kind's handler and each recurring task (mail,
 * session expiry, audit sealing). The server
 * starts it; tests build it the same way and drive it with `runOnce`/`drain` on a fixed clock.
 */
export function createBackgroundWork(deps: Deps, options: Omit<JobRunnerOptions, 'handlers'> = {}): JobRunner {
  const runner = createJobRunner(deps, {
    ...options,
    handlers: { [MAIL_DELIVER]: mailDeliveryHandler(deps) },
  });
  runner.every('session-expiry', SESSION_EXPIRY_INTERVAL_MS, () => endExpiredSessions(deps));
  runner.every('coverage-expiry', COVERAGE_EXPIRY_INTERVAL_MS, () => endExpiredCoverage(deps));
  // Every app server runs the sealer; on PostgreSQL an advisory lock lets one seal at a time.
  runner.every('audit-seal', AUDIT_SEAL_INTERVAL_MS, auditSealingTask(deps));
  runner.every('live-events-prune', LIVE_EVENTS_PRUNE_INTERVAL_MS, () => pruneLiveEvents(deps));
  runner.every('audit-read-marks-prune', READ_MARK_PRUNE_INTERVAL_MS, () => pruneReadMarks(deps.db, deps.clock()));
  return runner;
}
