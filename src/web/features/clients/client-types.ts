/** The chart's shapes, derived from the zod contracts the server validates with. */
import type { z } from 'zod';
import type {
  ClientDetailsSchema,
  ClientListSchema,
  ClientPhaseSchema,
  ClientSchema,
  ClientSummarySchema,
  OriginalRequestResponseSchema,
  PortalInvitationResponseSchema,
  SetCareTeamBodySchema,
  StaffDirectorySchema,
} from '../../../contracts/clients.contracts';

export type Client = z.infer<typeof ClientSchema>;
export type ClientSummary = z.infer<typeof ClientSummarySchema>;
export type ClientList = z.infer<typeof ClientListSchema>;
export type ClientPhase = z.infer<typeof ClientPhaseSchema>;
export type CareTeamMember = Client['careTeam'][number];
/** What a form sends: every text as typed (the server trims; blank optional fields become null). */
export type ClientDetailsInput = z.input<typeof ClientDetailsSchema>;
export type SetCareTeamBody = z.input<typeof SetCareTeamBodySchema>;
export type StaffDirectory = z.infer<typeof StaffDirectorySchema>;
export type StaffDirectoryEntry = StaffDirectory['staff'][number];
export type PortalInvitationSent = z.infer<typeof PortalInvitationResponseSchema>;
export type OriginalRequestResponse = z.infer<typeof OriginalRequestResponseSchema>;
