import {
  AcceptInvitationBodySchema,
  EnrolmentConfirmedSchema,
  EnrolmentSchema,
  InvitationPreviewSchema,
  InvitationTokenBodySchema,
  MeResponseSchema,
  SecondFactorBodySchema,
  SetupBodySchema,
  SetupStatusSchema,
  SignInBodySchema,
  SignInResponseSchema,
  SignInStepResponseSchema,
} from '../../contracts/auth.contracts.js';
import { OkSchema } from '../../contracts/common.js';
import { requireSignedIn } from '../platform/authorize.js';
import type { Deps } from '../platform/deps.js';
import { publicErrors, staffErrors } from '../platform/http/route-schemas.js';
import {
  clearChallengeCookie,
  clearSessionCookie,
  readChallengeToken,
  readSessionToken,
  setChallengeCookie,
  setSessionCookie,
} from '../platform/http/session-cookie.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { getPracticeSettings } from '../practice/index.js';
import { acceptInvitation } from './accept-invitation.js';
import { createFirstAdmin } from './create-first-admin.js';
import { confirmEnrolment, startEnrolment } from './enrol-two-factor.js';
import { presentUser } from './present-user.js';
import { previewInvitation } from './preview-invitation.js';
import { CHALLENGE_MINUTES } from './second-factor.js';
import { signIn } from './sign-in.js';
import { signOut } from './sign-out.js';
import { countUsers } from './users.repository.js';
import { verifySecondFactor } from './verify-second-factor.js';

export function authRoutes(app: ZodApp, deps: Deps): void {
  app.get('/api/auth/me', { schema: { tags: ['auth'], response: { 200: MeResponseSchema, 401: staffErrors[401] } } }, async (request) => {
    const actor = requireSignedIn(request.ctx);
    return {
      user: presentUser({
        id: actor.userId,
        displayName: actor.displayName,
        shortName: actor.shortName ?? null,
        email: actor.email,
        roles: actor.roles,
      }),
    };
  });

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        body: SignInBodySchema,
        response: { 200: SignInStepResponseSchema, ...publicErrors, 401: staffErrors[401] },
      },
    },
    async (request, reply) => {
      const result = await signIn(deps, request.ctx, { ...request.body, previousToken: readSessionToken(request) });
      if (result.status !== 'signed_in') {
        // Not a session: the challenge cookie opens only the second step (decision 26).
        setChallengeCookie(request, reply, result.challengeToken, CHALLENGE_MINUTES * 60);
        return { status: result.status };
      }
      clearChallengeCookie(request, reply);
      setSessionCookie(request, reply, result.token);
      return { status: 'signed_in' as const, user: result.user };
    },
  );

  app.post(
    '/api/auth/two-factor',
    {
      schema: {
        tags: ['auth'],
        body: SecondFactorBodySchema,
        response: { 200: SignInResponseSchema, ...publicErrors, 401: staffErrors[401] },
      },
    },
    async (request, reply) => {
      const result = await verifySecondFactor(deps, request.ctx, {
        challengeToken: readChallengeToken(request),
        code: request.body.code,
        previousToken: readSessionToken(request),
      });
      clearChallengeCookie(request, reply);
      setSessionCookie(request, reply, result.token);
      return { status: 'signed_in' as const, user: result.user };
    },
  );

  // Setting up two-factor sign-in: signed in (a choice), or half-way through signing in when the practice requires it.
  app.post(
    '/api/auth/two-factor/enrolment',
    { schema: { tags: ['auth'], response: { 200: EnrolmentSchema, ...staffErrors } } },
    async (request) => startEnrolment(deps, request.ctx, { challengeToken: readChallengeToken(request) }),
  );

  app.post(
    '/api/auth/two-factor/enrolment/confirm',
    {
      schema: {
        tags: ['auth'],
        body: SecondFactorBodySchema,
        response: { 200: EnrolmentConfirmedSchema, ...staffErrors, 429: publicErrors[429] },
      },
    },
    async (request, reply) => {
      const result = await confirmEnrolment(deps, request.ctx, {
        challengeToken: request.ctx.actor ? undefined : readChallengeToken(request),
        code: request.body.code,
        previousToken: readSessionToken(request),
      });
      if (result.token) {
        clearChallengeCookie(request, reply);
        setSessionCookie(request, reply, result.token);
      }
      return { recoveryCodes: result.recoveryCodes, user: result.user };
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
