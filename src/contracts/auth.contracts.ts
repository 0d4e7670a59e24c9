import { z } from 'zod';
import { AppAbilitiesSchema } from './access.contracts.js';
import { EmailSchema, NewPasswordSchema, text } from './common.js';

export const RoleSchema = z.enum(['admin', 'therapist', 'prescriber', 'co_facilitator', 'client']);
export const StaffRoleSchema = z.enum(['admin', 'therapist', 'prescriber', 'co_facilitator']);

export const CurrentUserSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    /** The name they chose to be greeted by; null until they choose one. */
    shortName: z.string().nullable(),
    email: z.string(),
    roles: z.array(RoleSchema),
    kind: z.enum(['staff', 'client']),
    /** What the staff app offers this person, from the server's policy rules. */
    abilities: AppAbilitiesSchema,
  })
  .meta({ id: 'CurrentUser' });

export const MeResponseSchema = z.object({ user: CurrentUserSchema });

export const SignInBodySchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, 'please enter your password').max(1024, 'is too long'),
});

export const SignInResponseSchema = z.object({
  status: z.literal('signed_in'),
  user: CurrentUserSchema,
});

/**
 * After a right password: signed in, or one more step (decision 26). The step is held in a short-lived
 * challenge cookie that is not a session, so nothing else can be done until the step is finished.
 */
export const SignInStepResponseSchema = z.discriminatedUnion('status', [
  SignInResponseSchema,
  z.object({ status: z.literal('second_factor_required') }),
  z.object({ status: z.literal('enrolment_required') }),
]);

export const TotpCodeSchema = z
  .string()
  .trim()
  .min(6, 'please enter the six-digit code from your authenticator app, or a recovery code')
  .max(20, 'is too long');

export const SecondFactorBodySchema = z.object({ code: TotpCodeSchema });

export const EnrolmentSchema = z.object({
  /** The key to type into an authenticator app that cannot scan. */
  secret: z.string(),
  otpauthUri: z.string(),
  /** The QR code drawn on the server as an SVG data URL (never fetched from a remote service). */
  qrCode: z.string(),
  issuer: z.string(),
  account: z.string(),
});

export const EnrolmentConfirmedSchema = z.object({
  /** Shown once; only their hashes are kept. */
  recoveryCodes: z.array(z.string()),
  /** Set when confirming finished a sign-in. */
  user: CurrentUserSchema.nullable(),
});

export const SetupStatusSchema = z.object({ needsSetup: z.boolean(), practiceName: z.string() });

export const SetupBodySchema = z.object({
  token: z.string().min(10, 'the setup link is incomplete').max(200),
  displayName: text(120, 'your name'),
  email: EmailSchema,
  password: NewPasswordSchema,
  alsoTherapist: z.boolean().default(false),
});

export const InvitationTokenBodySchema = z.object({
  token: z.string().min(10, 'the invitation link is incomplete').max(200),
});

export const InvitationPreviewSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  roles: z.array(RoleSchema),
  practiceName: z.string(),
});

/** The display name is the one the admin gave in the invitation; the person may add a short name to be greeted by. */
export const ShortNameSchema = z.string().trim().max(60, 'must be at most 60 characters');

export const AcceptInvitationBodySchema = z.object({
  token: z.string().min(10, 'the invitation link is incomplete').max(200),
  shortName: ShortNameSchema.default(''),
  password: NewPasswordSchema,
});

export type CurrentUser = z.infer<typeof CurrentUserSchema>;
export type SignInBody = z.infer<typeof SignInBodySchema>;
export type SetupBody = z.infer<typeof SetupBodySchema>;
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBodySchema>;
export type SignInStepResponse = z.infer<typeof SignInStepResponseSchema>;
export type Enrolment = z.infer<typeof EnrolmentSchema>;
export type EnrolmentConfirmed = z.infer<typeof EnrolmentConfirmedSchema>;
