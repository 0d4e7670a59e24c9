import type { ErrorIssue } from '../../contracts/errors.js';

/** The one error every use case throws; the error handler turns it into `{ error: { code, message, issues? } }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export function badRequest(message: string, issues?: ErrorIssue[]): AppError {
  return new AppError(400, 'bad_request', message, issues);
}

/** One field is wrong: the message names it so a form can show it beside the field. */
export function invalidField(path: string, message: string): AppError {
  return badRequest('Please check the highlighted field.', [{ path, message }]);
}

export function unauthenticated(message = 'Please sign in to continue.'): AppError {
  return new AppError(401, 'unauthenticated', message);
}

/** Also the answer when a record exists but the actor may not see it, so its existence does not leak. */
export function notFound(message = 'We could not find that. It may have been moved, or you may not have access.'): AppError {
  return new AppError(404, 'not_found', message);
}

export function conflict(message: string, code = 'conflict'): AppError {
  return new AppError(409, code, message);
}

export function forbidden(message: string, code = 'forbidden'): AppError {
  return new AppError(403, code, message);
}

export function tooManyRequests(message: string, retryAfterSeconds: number): AppError {
  return new AppError(429, 'too_many_requests', message, undefined, { 'retry-after': String(retryAfterSeconds) });
}
