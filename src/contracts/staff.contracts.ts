import { z } from 'zod';
import { RoleSchema, StaffRoleSchema } from './auth.contracts.js';
import { EmailSchema, text } from './common.js';

export const InviteStaffBodySchema = z.object({
  email: EmailSchema,
  displayName: text(120, 'their name'),
  roles: z
    .array(StaffRoleSchema)
    .min(1, 'choose at least one role')
    .max(4)
    .refine((roles) => new Set(roles).size === roles.length, 'lists a role twice'),
});

export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    roles: z.array(RoleSchema),
    invitedBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
    state: z.enum(['open', 'accepted', 'revoked', 'expired']),
  })
  .meta({ id: 'Invitation' });

export const InviteStaffResponseSchema = z.object({
  invitation: InvitationSchema,
  delivery: z.enum(['email', 'outbox']).describe('outbox: no SMTP is set up; the admin finds the mail in the outbox'),
});

export const StaffMemberSchema = z
  .object({
    id: z.string(),
    displayName: z.string(),
    email: z.string(),
    roles: z.array(RoleSchema),
    status: z.enum(['active', 'deactivated']),
    createdAt: z.string(),
  })
  .meta({ id: 'StaffMember' });

export const StaffListSchema = z.object({
  staff: z.array(StaffMemberSchema),
  invitations: z.array(InvitationSchema),
});

export type InviteStaffBody = z.infer<typeof InviteStaffBodySchema>;
export type Invitation = z.infer<typeof InvitationSchema>;
export type StaffMember = z.infer<typeof StaffMemberSchema>;

export const SetStaffStatusBodySchema = z.object({ status: z.enum(['active', 'deactivated']) });
