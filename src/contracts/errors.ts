import { z } from 'zod';

export const ErrorIssueSchema = z.object({
  path: z.string().describe('The field, dotted for nested values: `email`, `answers.9`, `tags.1`'),
  message: z.string(),
});

export const ErrorResponseSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable machine code: bad_request, unauthenticated, not_found, conflict, …'),
      message: z.string().describe('What happened and what to do next, in plain words'),
      issues: z.array(ErrorIssueSchema).optional(),
    }),
  })
  .meta({ id: 'ErrorResponse' });

export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
