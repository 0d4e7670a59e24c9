import { z } from 'zod';
import { MAX_COVERAGE_HOURS, MIN_COVERAGE_HOURS, MIN_REASON_LENGTH } from '../domain/access/coverage.js';

export const OpenCoverageBodySchema = z.object({
  reason: z
    .string()
    .trim()
    .min(MIN_REASON_LENGTH, `please say in a sentence why you need this chart (at least ${MIN_REASON_LENGTH} characters)`)
    .max(500, 'must be at most 500 characters'),
  password: z.string().min(1, 'please enter your password').max(1024, 'must be at most 1024 characters'),
  // When the person has two-factor sign-in, the code from their app (or a recovery code) is checked too.
  code: z.string().trim().max(20, 'must be at most 20 characters').optional(),
});

export const CoverageGrantSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    startedAt: z.string(),
    endsAt: z.string(),
  })
  .meta({ id: 'CoverageGrant' });

export const CoverageGrantListSchema = z.object({ grants: z.array(CoverageGrantSchema) });

export const CoverageOfferListSchema = z.object({
  offers: z.array(
    z.object({
      flagId: z.string(),
      clientId: z.string(),
      clientName: z.string(),
      urgency: z.enum(['high', 'urgent']),
      raisedAt: z.string(),
    }),
  ),
});

export const NoticeSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    clientId: z.string().nullable(),
    clientName: z.string().nullable(),
    message: z.string(),
    reason: z.string().nullable(),
    createdAt: z.string(),
    seenAt: z.string().nullable(),
  })
  .meta({ id: 'Notice' });

export const NoticeListSchema = z.object({ notices: z.array(NoticeSchema) });

export const CoverageSettingsSchema = z.object({
  coverageHours: z
    .number()
    .int('must be a whole number of hours')
    .min(MIN_COVERAGE_HOURS, `must be at least ${MIN_COVERAGE_HOURS}`)
    .max(MAX_COVERAGE_HOURS, `must be at most ${MAX_COVERAGE_HOURS}`),
});

export type CoverageGrant = z.infer<typeof CoverageGrantSchema>;
export type Notice = z.infer<typeof NoticeSchema>;
