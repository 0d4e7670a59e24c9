import { StaffDisplayNameBodySchema, StaffRolesBodySchema } from '../../contracts/account.contracts.js';
import { IdParamsSchema } from '../../contracts/common.js';
import {
  InvitationSchema,
  InviteStaffBodySchema,
  InviteStaffResponseSchema,
  SetStaffStatusBodySchema,
  StaffListSchema,
  StaffMemberSchema,
} from '../../contracts/staff.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { changeStaffRoles } from './change-staff-roles.js';
import { setStaffStatus } from './deactivate-staff.js';
import { inviteStaff } from './invite-staff.js';
import { listStaff } from './list-staff.js';
import { renameStaff } from './rename-staff.js';
import { revokeInvitation } from './revoke-invitation.js';

export function staffRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['staff'];
  app.get('/api/staff', { schema: { tags, response: { 200: StaffListSchema, ...staffErrors } } }, async (request) =>
    listStaff(deps, request.ctx),
  );

  app.post(
    '/api/staff/invitations',
    { schema: { tags, body: InviteStaffBodySchema, response: { 200: InviteStaffResponseSchema, ...staffErrors } } },
    async (request) => inviteStaff(deps, request.ctx, request.body),
  );

  app.post(
    '/api/staff/invitations/:id/revoke',
    { schema: { tags, params: IdParamsSchema, response: { 200: InvitationSchema, ...staffErrors } } },
    async (request) => revokeInvitation(deps, request.ctx, request.params),
  );

  app.post(
    '/api/staff/:id/status',
    {
      schema: {
        tags,
        params: IdParamsSchema,
        body: SetStaffStatusBodySchema,
        response: { 200: StaffMemberSchema, ...staffErrors },
      },
    },
    async (request) => setStaffStatus(deps, request.ctx, { ...request.params, ...request.body }),
  );

  app.put(
    '/api/staff/:id/roles',
    { schema: { tags, params: IdParamsSchema, body: StaffRolesBodySchema, response: { 200: StaffMemberSchema, ...staffErrors } } },
    async (request) => changeStaffRoles(deps, request.ctx, { ...request.params, ...request.body }),
  );

  app.put(
    '/api/staff/:id/display-name',
    { schema: { tags, params: IdParamsSchema, body: StaffDisplayNameBodySchema, response: { 200: StaffMemberSchema, ...staffErrors } } },
    async (request) => renameStaff(deps, request.ctx, { ...request.params, ...request.body }),
  );
}
