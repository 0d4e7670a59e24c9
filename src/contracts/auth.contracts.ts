import { z } from 'zod';
import { AppAbilitiesSchema } from './access.contracts.js';
import { EmailSchema, NewPasswordSchema, text } from './common.js';

export const RoleSchema = z.enum(['admin', 'therapist', 'prescriber', 'co_facilitator', 'client']);
export const StaffRoleSchema = z.enum(['admin', 'therapist', 'prescriber', 'co_facilitator']);

export const CurrentUserSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
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

/** `second_factor_required` is reserved for two-factor sign-in, which follows. */
export const SignInResponseSchema = z.object({
  status: z.literal('signed_in'),
  user: CurrentUserSchema,
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

export const AcceptInvitationBodySchema = z.object({
  token: z.string().min(10, 'the invitation link is incomplete').max(200),
  displayName: text(120, 'your name'),
  password: NewPasswordSchema,
});

export type CurrentUser = z.infer<typeof CurrentUserSchema>;
export type SignInBody = z.infer<typeof SignInBodySchema>;
export type SetupBody = z.infer<typeof SetupBodySchema>;
export type AcceptInvitationBody = z.infer<typeof AcceptInvitationBodySchema>;
