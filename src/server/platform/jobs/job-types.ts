/** A job carries ids and codes only: the handler reads the current facts from the database when it runs. */
export type JobPayload = Record<string, string | number | boolean | null>;

export interface NewJob {
  /** Which handler runs it, e.g. `mail.deliver`. */
  kind: string;
  payload: JobPayload;
  /** Not before this moment; now when absent. */
  runAt?: Date;
  /** Tries before the job is given up and marked failed. */
  maxAttempts?: number;
  /** The wait after the first failure; it doubles after each further one. */
  backoffMs?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_BACKOFF_MS = 30_000;

/** Lets a use case's commit wake this process's runner at once instead of at its next poll. */
export interface JobWaker {
  wake(): void;
}
