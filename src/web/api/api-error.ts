import type { ErrorIssue, ErrorResponse } from '../../contracts/errors';

export const SOMETHING_WENT_WRONG = 'Something went wrong and nothing was saved. Please try again.';
export const CANNOT_REACH = 'We could not reach Holdspace. Please check your connection and try again; nothing was saved.';

/** Every failed API call becomes one of these, carrying the server's `{ error }` body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: ErrorIssue[];

  constructor(status: number, error: ErrorResponse['error']) {
    super(error.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = error.code;
    this.issues = error.issues ?? [];
  }

  /** The server's message beside a field, keyed by the field's path. */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const issue of this.issues) byField[issue.path] ??= sentence(issue.message);
    return byField;
  }
}

/** Server field messages are written to follow a label ("must be …"), so they start lower-case. */
export function sentence(message: string): string {
  const trimmed = message.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** The words to show for a failure: the server's own for 4xx, our calm fallback otherwise. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return error.message;
  if (error instanceof ApiError && error.status === 0) return CANNOT_REACH;
  return SOMETHING_WENT_WRONG;
}
