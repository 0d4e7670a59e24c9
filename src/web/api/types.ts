/** The API's shapes, derived from the zod contracts the server validates with, so they cannot drift. */
import type { z } from 'zod';
import type { AuditPageSchema, AuditRowSchema, AuditVerifySchema } from '../../contracts/audit.contracts';
import type { CurrentUserSchema, InvitationPreviewSchema, SetupStatusSchema, SignInResponseSchema } from '../../contracts/auth.contracts';
import type {
  EnquiryDetailSchema,
  EnquiryListSchema,
  EnquiryStatusSchema,
  EnquirySummarySchema,
} from '../../contracts/enquiries.contracts';
import type { OutboxMailSchema, OutboxSchema } from '../../contracts/outbox.contracts';
import type { PracticeSettingsResponseSchema, PracticeSettingsSchema } from '../../contracts/practice.contracts';
import type { PreviewMarkdownResponseSchema, PublicPageListSchema, PublicPageSchema } from '../../contracts/public-pages.contracts';
import type { InvitationSchema, InviteStaffResponseSchema, StaffListSchema, StaffMemberSchema } from '../../contracts/staff.contracts';

export type CurrentUser = z.infer<typeof CurrentUserSchema>;
export type Role = CurrentUser['roles'][number];
export type SignInResponse = z.infer<typeof SignInResponseSchema>;
export type SetupStatus = z.infer<typeof SetupStatusSchema>;
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

export type EnquiryStatus = z.infer<typeof EnquiryStatusSchema>;
export type EnquirySummary = z.infer<typeof EnquirySummarySchema>;
export type EnquiryList = z.infer<typeof EnquiryListSchema>;
export type EnquiryDetail = z.infer<typeof EnquiryDetailSchema>;

export type PracticeSettings = z.infer<typeof PracticeSettingsSchema>;
export type PracticeSettingsResponse = z.infer<typeof PracticeSettingsResponseSchema>;
export type PublicPage = z.infer<typeof PublicPageSchema>;
export type PublicPageList = z.infer<typeof PublicPageListSchema>;
export type MarkdownPreview = z.infer<typeof PreviewMarkdownResponseSchema>;

export type Outbox = z.infer<typeof OutboxSchema>;
export type OutboxMail = z.infer<typeof OutboxMailSchema>;

export type StaffList = z.infer<typeof StaffListSchema>;
export type StaffMember = z.infer<typeof StaffMemberSchema>;
export type Invitation = z.infer<typeof InvitationSchema>;
export type InviteStaffResponse = z.infer<typeof InviteStaffResponseSchema>;

export type AuditPage = z.infer<typeof AuditPageSchema>;
export type AuditRow = z.infer<typeof AuditRowSchema>;
export type AuditVerify = z.infer<typeof AuditVerifySchema>;
