import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorIssue, ErrorResponse } from '../../../contracts/errors.js';
import { fromDatabaseError } from '../database-errors.js';
import { AppError } from '../errors.js';

function body(code: string, message: string, issues?: ErrorIssue[]): ErrorResponse {
  return { error: issues?.length ? { code, message, issues } : { code, message } };
}

const CLIENT_ERRORS: Record<number, [string, string]> = {
  400: ['bad_request', 'The request could not be read. Please check it and try again.'],
  404: ['not_found', 'We could not find that.'],
  405: ['method_not_allowed', 'That action is not available here.'],
  413: ['too_large', 'That is more than we can take in one go. Please shorten it and try again.'],
  415: ['unsupported_media_type', 'Please send JSON (Content-Type: application/json).'],
  429: ['too_many_requests', 'Too many requests. Please wait a minute and try again.'],
};

/** One error shape for every API response; no stack trace or internal message ever leaves the server. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      return reply.code(error.status).send(body(error.code, error.message, error.issues));
    }
    const refused = fromDatabaseError(error);
    if (refused) {
      if (refused.status >= 500) request.log.warn({ err: error }, 'database busy; the request was refused');
      if (refused.headers) void reply.headers(refused.headers);
      return reply.code(refused.status).send(body(refused.code, refused.message, refused.issues));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replaceAll('/', '.') || (error.validationContext ?? 'body'),
        message: v.message ?? 'is not valid',
      }));
      return reply.code(400).send(body('bad_request', 'Please check the highlighted fields.', issues));
    }
    const status = error.statusCode ?? 500;
    const known = CLIENT_ERRORS[status];
    if (status >= 400 && status < 500) {
      const [code, message] = known ?? ['bad_request', 'The request could not be handled. Please check it and try again.'];
      return reply.code(status).send(body(code, message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(body('internal', 'Something went wrong on our side and nothing was saved. Please try again in a moment.'));
  });
}
