import { endExpiredSessions } from './auth/end-expired-sessions.js';
import type { Deps } from './platform/deps.js';
import { createJobRunner, type JobRunner, type JobRunnerOptions } from './platform/jobs/job-runner.js';
import { MAIL_DELIVER, mailDeliveryHandler } from './platform/mail/mail-jobs.js';

/** How often idle and too-old sessions are ended without waiting for their next request. */
export const SESSION_EXPIRY_INTERVAL_MS = 60_000;

/**
 * Holdspace's background work in one place: each job kind's handler and each recurring task. The server
 * starts it; tests build it the same way and drive it with `runOnce`/`drain` on a fixed clock.
 */
export function createBackgroundWork(deps: Deps, options: Omit<JobRunnerOptions, 'handlers'> = {}): JobRunner {
  const runner = createJobRunner(deps, {
    ...options,
    handlers: { [MAIL_DELIVER]: mailDeliveryHandler(deps) },
  });
  runner.every('session-expiry', SESSION_EXPIRY_INTERVAL_MS, () => endExpiredSessions(deps));
  return runner;
}
