import { z } from 'zod';
import { CARE_ROLES } from '../domain/clients/care-team.js';
import { CLIENT_PHASES } from '../domain/clients/phases.js';
import { isCalendarDate } from '../domain/time/local-date.js';
import { ChartAbilitiesSchema } from './access.contracts.js';
import { EmailSchema, optionalText, text } from './common.js';

export const ClientPhaseSchema = z.enum(CLIENT_PHASES);
export const CareRoleSchema = z.enum(CARE_ROLES);

export const CalendarDateSchema = z.string().trim().refine(isCalendarDate, 'must be a date written as YYYY-MM-DD');

const optionalEmail = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), EmailSchema.nullable()).default(null);
const optionalPhone = z
  .preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z
      .string()
      .trim()
      .regex(/^[+()0-9 .-]{7,25}$/, 'must be a phone number')
      .nullable(),
  )
  .default(null);
const phone = z
  .union([
    z.literal(''),
    z
      .string()
      .trim()
      .regex(/^[+()0-9 .-]{7,25}$/, 'must be a phone number'),
  ])
  .default('');

export const ClientDetailsSchema = z
  .object({
    legalName: text(160, 'their full name'),
    preferredName: optionalText(80),
    pronouns: optionalText(40),
    dateOfBirth: z.preprocess((v) => (v === '' ? null : v), CalendarDateSchema.nullable()).default(null),
    email: optionalEmail,
    phone: optionalPhone,
    address: optionalText(300),
    emergencyContactName: optionalText(160),
    emergencyContactPhone: phone,
    emergencyContactRelationship: optionalText(80),
    supportPersonName: optionalText(160).describe('Often the person who drives them home after a session'),
    supportPersonPhone: phone,
    supportPersonRelationship: optionalText(80),
  })
  .meta({ id: 'ClientDetails' });

export const CareTeamMemberSchema = z.object({ userId: z.string(), displayName: z.string(), role: CareRoleSchema });

export const SetCareTeamBodySchema = z.object({
  therapistId: z.uuid('choose a therapist').nullable(),
  prescriberId: z.uuid('choose a prescriber').nullable(),
  coFacilitatorIds: z.array(z.uuid()).max(6).default([]),
});

export const CreateClientBodySchema = ClientDetailsSchema.extend({
  therapistId: z.uuid('choose a therapist').nullable().default(null),
  prescriberId: z.uuid('choose a prescriber').nullable().default(null),
});

export const ConvertEnquiryBodySchema = z.object({
  therapistId: z.uuid('choose a therapist').nullable().default(null),
  prescriberId: z.uuid('choose a prescriber').nullable().default(null),
});

export const FlagSummarySchema = z.object({ open: z.number(), urgent: z.number() });

export const ClientSummarySchema = z
  .object({
    id: z.string(),
    legalName: z.string(),
    preferredName: z.string(),
    pronouns: z.string(),
    phase: ClientPhaseSchema,
    careTeam: z.array(CareTeamMemberSchema),
    flags: FlagSummarySchema,
    lastMeasureAt: z.string().nullable(),
    updatedAt: z.string(),
  })
  .meta({ id: 'ClientSummary' });

export const ClientListQuerySchema = z.object({
  q: z.string().trim().max(80).optional().describe('Part of a name or email'),
  phase: ClientPhaseSchema.optional(),
  therapistId: z.uuid().optional(),
  flagged: z.enum(['open', 'urgent']).optional(),
});

export const ClientListSchema = z.object({ clients: z.array(ClientSummarySchema) });

export const PhaseChangeSchema = z.object({
  from: ClientPhaseSchema.nullable(),
  to: ClientPhaseSchema,
  reason: z.string().nullable(),
  changedByName: z.string(),
  changedAt: z.string(),
});

export const PortalAccountSchema = z.object({
  state: z.enum(['none', 'invited', 'active', 'deactivated']),
  email: z.string().nullable(),
  invitedAt: z.string().nullable(),
});

/** The details as stored: plain values (response schemas carry no input transforms). */
const ClientDetailsViewSchema = z.object({
  legalName: z.string(),
  preferredName: z.string(),
  pronouns: z.string(),
  dateOfBirth: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string(),
  emergencyContactName: z.string(),
  emergencyContactPhone: z.string(),
  emergencyContactRelationship: z.string(),
  supportPersonName: z.string(),
  supportPersonPhone: z.string(),
  supportPersonRelationship: z.string(),
});

export const ClientSchema = ClientDetailsViewSchema.extend({
  id: z.string(),
  phase: ClientPhaseSchema,
  enquiryId: z.string().nullable(),
  careTeam: z.array(CareTeamMemberSchema),
  phaseHistory: z.array(PhaseChangeSchema),
  portal: PortalAccountSchema,
  abilities: ChartAbilitiesSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
}).meta({ id: 'Client' });

export const ChangePhaseBodySchema = z.object({
  phase: ClientPhaseSchema,
  reason: z.string().trim().max(1000).optional(),
});

export const StaffDirectorySchema = z.object({
  staff: z.array(z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.string()) })),
});

/** What the person wrote in the request the chart was opened from, exactly as it arrived. */
export const OriginalRequestSchema = z
  .object({
    receivedAt: z.string(),
    reason: z.string(),
    preferredTimes: z.string(),
    heardAbout: z.string(),
    preferredContact: z.enum(['email', 'phone']),
  })
  .meta({ id: 'OriginalRequest' });

export const OriginalRequestResponseSchema = z.object({ request: OriginalRequestSchema.nullable() });

export const PortalInvitationResponseSchema = z.object({
  delivery: z
    .enum(['email', 'outbox'])
    .describe('email: on its way through the mail server; outbox: no mail server is set up, so it waits there'),
  email: z.string(),
  expiresAt: z.string(),
  link: z
    .string()
    .nullable()
    .describe('Only when mail is not set up, and only in this answer to the staff member who invited: the one-time link to hand over'),
});

export type ClientDetails = z.infer<typeof ClientDetailsSchema>;
export type Client = z.infer<typeof ClientSchema>;
export type OriginalRequest = z.infer<typeof OriginalRequestSchema>;
export type ClientSummary = z.infer<typeof ClientSummarySchema>;
export type ClientListQuery = z.infer<typeof ClientListQuerySchema>;
export type SetCareTeamBody = z.infer<typeof SetCareTeamBodySchema>;
export type CreateClientBody = z.infer<typeof CreateClientBodySchema>;
