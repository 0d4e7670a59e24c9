import { z } from 'zod';
import { ShortNameSchema, StaffRoleSchema } from './auth.contracts.js';
import { NewPasswordSchema } from './common.js';

const CurrentPasswordSchema = z.string().min(1, 'please enter your current password').max(1024, 'is too long');

export const AccountSchema = z
  .object({
    displayName: z.string(),
    shortName: z.string().nullable(),
    email: z.string(),
    kind: z.enum(['staff', 'client']),
    twoFactor: z.object({
      enrolled: z.boolean(),
      /** Staff, when the practice requires two-factor sign-in: it cannot be turned off. */
      required: z.boolean(),
      recoveryCodesLeft: z.number().int(),
    }),
  })
  .meta({ id: 'Account' });

export const ShortNameBodySchema = z.object({ shortName: ShortNameSchema });

export const ChangePasswordBodySchema = z.object({
  currentPassword: CurrentPasswordSchema,
  newPassword: NewPasswordSchema,
});

export const ConfirmPasswordBodySchema = z.object({ password: CurrentPasswordSchema });

export const RecoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });

export const SignInSettingsSchema = z.object({
  staffTwoFactor: z.boolean().describe('Staff must use a second factor (an authenticator app code) to sign in'),
});

export const PasswordResetSentSchema = z.object({
  expiresAt: z.string(),
  delivery: z.enum(['email', 'outbox']).describe('outbox: no SMTP is set up; the admin finds the mail in the outbox'),
});

export const ResetTokenBodySchema = z.object({ token: z.string().min(10, 'the reset link is incomplete').max(200) });

export const ResetPreviewSchema = z.object({ email: z.string(), displayName: z.string() });

export const CompleteResetBodySchema = z.object({
  token: z.string().min(10, 'the reset link is incomplete').max(200),
  password: NewPasswordSchema,
});

export const StaffRolesBodySchema = z.object({
  roles: z
    .array(StaffRoleSchema)
    .min(1, 'choose at least one role')
    .max(4)
    .refine((roles) => new Set(roles).size === roles.length, 'lists a role twice'),
});

export const StaffDisplayNameBodySchema = z.object({
  displayName: z.string().trim().min(1, 'please fill in their name').max(120, 'must be at most 120 characters'),
});

export type Account = z.infer<typeof AccountSchema>;
export type SignInSettings = z.infer<typeof SignInSettingsSchema>;
