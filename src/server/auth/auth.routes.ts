import {
  AcceptInvitationBodySchema,
  InvitationPreviewSchema,
  InvitationTokenBodySchema,
  MeResponseSchema,
  SetupBodySchema,
  SetupStatusSchema,
  SignInBodySchema,
  SignInResponseSchema,
} from '../../contracts/auth.contracts.js';
import { OkSchema } from '../../contracts/common.js';
import { requireSignedIn } from '../platform/authorize.js';
import type { Deps } from '../platform/deps.js';
import { publicErrors, staffErrors } from '../platform/http/route-schemas.js';
import { clearSessionCookie, readSessionToken, setSessionCookie } from '../platform/http/session-cookie.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { getPracticeSettings } from '../practice/index.js';
import { acceptInvitation } from './accept-invitation.js';
import { createFirstAdmin } from './create-first-admin.js';
import { presentUser } from './present-user.js';
import { previewInvitation } from './preview-invitation.js';
import { signIn } from './sign-in.js';
import { signOut } from './sign-out.js';
import { countUsers } from './users.repository.js';

export function authRoutes(app: ZodApp, deps: Deps): void {
  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: MeResponseSchema, 401: staffErrors[401] } } }, async (request) => {
    const actor = requireSignedIn(request.ctx);
    return { user: presentUser({ id: actor.userId, displayName: actor.displayName, email: actor.email, roles: actor.roles }) };
  });

  app.post(
    '/api/auth/sign-in',
    { schema: { tags: ['auth'], body: SignInBodySchema, response: { 200: SignInResponseSchema, ...publicErrors, 401: staffErrors[401] } } },
    async (request, reply) => {
      const result = await signIn(deps, request.ctx, { ...request.body, previousToken: readSessionToken(request) });
      setSessionCookie(request, reply, result.token);
      return { status: 'signed_in' as const, user: result.user };
    },
  );

  app.post('/api/auth/sign-out', { schema: { tags: ['auth'], response: { 200: OkSchema } } }, async (request, reply) => {
    await signOut(deps, request.ctx);
    clearSessionCookie(request, reply);
    return { ok: true as const };
  });

  app.get('/api/setup', { schema: { tags: ['auth'], response: { 200: SetupStatusSchema } } }, async () => {
    const [users, practice] = await Promise.all([countUsers(deps.db), getPracticeSettings(deps.db)]);
    return { needsSetup: users === 0, practiceName: practice.practiceName };
  });

  app.post(
    '/api/setup',
    { schema: { tags: ['auth'], body: SetupBodySchema, response: { 200: SignInResponseSchema, ...publicErrors } } },
    async (request, reply) => {
      const result = await createFirstAdmin(deps, request.ctx, { ...request.body, previousToken: readSessionToken(request) });
      setSessionCookie(request, reply, result.token);
      return { status: 'signed_in' as const, user: result.user };
    },
  );

  app.post(
    '/api/invitations/preview',
    { schema: { tags: ['auth'], body: InvitationTokenBodySchema, response: { 200: InvitationPreviewSchema, ...publicErrors } } },
    async (request) => previewInvitation(deps, request.ctx, request.body),
  );

  app.post(
    '/api/invitations/accept',
    { schema: { tags: ['auth'], body: AcceptInvitationBodySchema, response: { 200: SignInResponseSchema, ...publicErrors } } },
    async (request, reply) => {
      const result = await acceptInvitation(deps, request.ctx, { ...request.body, previousToken: readSessionToken(request) });
      setSessionCookie(request, reply, result.token);
      return { status: 'signed_in' as const, user: result.user };
    },
  );
}
