import { z } from 'zod';
import { ENQUIRY_STATUSES } from '../domain/enquiries/enquiry-status.js';
import { text } from './common.js';

export const EnquiryStatusSchema = z.enum(ENQUIRY_STATUSES);

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** Limits the public form holds to; shown beside each field as well as checked here. */
export const ENQUIRY_LIMITS = { name: 120, reason: 2000, preferredTimes: 500, heardAbout: 200 } as const;

/**
 * The public consultation request. The same schema reads the no-JavaScript form post (strings, a
 * ticked checkbox arrives as "on") and the JSON API.
 */
export const EnquiryFormSchema = z
  .object({
    name: text(ENQUIRY_LIMITS.name, 'your name'),
    email: z.preprocess(
      blankToUndefined,
      z.email('please check the email address; it should look like name@example.org').max(254).optional(),
    ),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^[+()0-9 .-]{7,25}$/, 'please check the phone number; use digits, spaces and + only')
        .optional(),
    ),
    // Not pre-chosen on the form: a visitor who gives only a phone number is contacted by phone.
    preferredContact: z.preprocess(
      blankToUndefined,
      z.enum(['email', 'phone'], 'please choose how you would like to be contacted').optional(),
    ),
    reason: z.string().trim().max(ENQUIRY_LIMITS.reason, `please keep this under ${ENQUIRY_LIMITS.reason} characters`).default(''),
    preferredTimes: z
      .string()
      .trim()
      .max(ENQUIRY_LIMITS.preferredTimes, `please keep this under ${ENQUIRY_LIMITS.preferredTimes} characters`)
      .default(''),
    heardAbout: z
      .string()
      .trim()
      .max(ENQUIRY_LIMITS.heardAbout, `please keep this under ${ENQUIRY_LIMITS.heardAbout} characters`)
      .default(''),
    consent: z.union(
      [z.literal(true), z.enum(['on', 'yes', 'true']).transform(() => true as const)],
      'please tick this box so the practice may contact you',
    ),
    website: z.string().max(500).default('').describe('Leave empty. A field people never see, to catch automated spam.'),
  })
  // `when` makes these run even when another field is wrong, so the visitor hears of every problem at once.
  .superRefine(
    (form, ctx) => {
      const email = typeof form.email === 'string' && form.email !== '';
      const phone = typeof form.phone === 'string' && form.phone !== '';
      if (!email && !phone) {
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'please give an email address or a phone number (or both)' });
      }
      if (form.preferredContact === 'email' && !email && phone) {
        ctx.addIssue({ code: 'custom', path: ['email'], message: 'you chose email: please add your email address, or choose phone' });
      }
      if (form.preferredContact === 'phone' && !phone && email) {
        ctx.addIssue({ code: 'custom', path: ['phone'], message: 'you chose phone: please add your phone number, or choose email' });
      }
      if (form.preferredContact === undefined && email && phone) {
        ctx.addIssue({ code: 'custom', path: ['preferredContact'], message: 'you gave both: please choose email or phone' });
      }
    },
    { when: () => true },
  )
  .transform((form) => ({ ...form, preferredContact: form.preferredContact ?? (form.email ? ('email' as const) : ('phone' as const)) }));

export const EnquiryReceivedSchema = z.object({ received: z.literal(true) });

export const EnquirySummarySchema = z
  .object({
    id: z.string(),
    receivedAt: z.string(),
    name: z.string(),
    preferredContact: z.enum(['email', 'phone']),
    status: EnquiryStatusSchema,
    statusChangedAt: z.string(),
    noteCount: z.number(),
  })
  .meta({ id: 'EnquirySummary' });

export const EnquiryListQuerySchema = z.object({
  status: z.union([EnquiryStatusSchema, z.literal('open'), z.literal('all')]).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

export const EnquiryListSchema = z.object({
  enquiries: z.array(EnquirySummarySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  counts: z.record(z.string(), z.number()).describe('How many requests are in each status'),
});

export const EnquiryNoteSchema = z.object({ id: z.string(), body: z.string(), authorName: z.string(), createdAt: z.string() });

export const EnquiryStatusChangeSchema = z.object({
  id: z.string(),
  from: EnquiryStatusSchema,
  to: EnquiryStatusSchema,
  reason: z.string().nullable(),
  changedByName: z.string(),
  changedAt: z.string(),
});

export const EnquiryDetailSchema = z
  .object({
    id: z.string(),
    receivedAt: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    preferredContact: z.enum(['email', 'phone']),
    reason: z.string(),
    preferredTimes: z.string(),
    heardAbout: z.string(),
    consentToContactAt: z.string(),
    status: EnquiryStatusSchema,
    statusReason: z.string().nullable(),
    nextStatuses: z.array(EnquiryStatusSchema),
    clientId: z.string().nullable().describe('The chart this request became, once it did'),
    history: z.array(EnquiryStatusChangeSchema),
    notes: z.array(EnquiryNoteSchema),
  })
  .meta({ id: 'EnquiryDetail' });

export const ChangeEnquiryStatusBodySchema = z.object({
  status: EnquiryStatusSchema,
  reason: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
});

export const AddEnquiryNoteBodySchema = z.object({ body: text(4000, 'the note') });

export const EnquiryCountsSchema = z.object({ new: z.number() });

export type EnquiryForm = z.infer<typeof EnquiryFormSchema>;
export type EnquiryDetail = z.infer<typeof EnquiryDetailSchema>;
export type EnquirySummary = z.infer<typeof EnquirySummarySchema>;
export type EnquiryListQuery = z.infer<typeof EnquiryListQuerySchema>;
