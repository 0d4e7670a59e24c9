import { ErrorResponseSchema } from '../../../contracts/errors.js';

/** The error answers most staff routes can give, for the OpenAPI document. */
export const staffErrors = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
} as const;

export const publicErrors = {
  400: ErrorResponseSchema,
  404: ErrorResponseSchema,
  429: ErrorResponseSchema,
} as const;
