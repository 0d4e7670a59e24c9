import { z } from 'zod';
import {
  AccountSchema,
  ChangePasswordBodySchema,
  CompleteResetBodySchema,
  ConfirmPasswordBodySchema,
  PasswordResetSentSchema,
  RecoveryCodesSchema,
  ResetPreviewSchema,
  ResetTokenBodySchema,
  ShortNameBodySchema,
  SignInSettingsSchema,
} from '../../contracts/account.contracts.js';
import { IdParamsSchema, OkSchema } from '../../contracts/common.js';
import type { Deps } from '../platform/deps.js';
import { publicErrors, staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { changeOwnPassword, changeShortName, readOwnAccount, removeOwnTwoFactor, renewRecoveryCodes } from './own-account.js';
import { completePasswordReset, previewPasswordReset, sendClientPasswordReset, sendStaffPasswordReset } from './password-reset.js';
import { readSignInSettings, updateSignInSettings } from './sign-in-settings.js';

const errors = { ...staffErrors, 429: publicErrors[429] };

/** One's own account (names, password, two-factor), reset links, and the practice's sign-in settings. */
export function accountRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['account'];
  app.get('/api/account', { schema: { tags, response: { 200: AccountSchema, ...staffErrors } } }, async (request) =>
    readOwnAccount(deps, request.ctx),
  );
  app.put(
    '/api/account/short-name',
    { schema: { tags, body: ShortNameBodySchema, response: { 200: AccountSchema, ...staffErrors } } },
    async (request) => changeShortName(deps, request.ctx, request.body),
  );
  app.post(
    '/api/account/password',
    { schema: { tags, body: ChangePasswordBodySchema, response: { 200: OkSchema, ...errors } } },
    async (request) => changeOwnPassword(deps, request.ctx, request.body),
  );
  app.post(
    '/api/account/two-factor/remove',
    { schema: { tags, body: ConfirmPasswordBodySchema, response: { 200: AccountSchema, ...errors } } },
    async (request) => removeOwnTwoFactor(deps, request.ctx, request.body),
  );
  app.post(
    '/api/account/two-factor/recovery-codes',
    { schema: { tags, body: ConfirmPasswordBodySchema, response: { 200: RecoveryCodesSchema, ...errors } } },
    async (request) => renewRecoveryCodes(deps, request.ctx, request.body),
  );

  app.get(
    '/api/practice/sign-in-settings',
    { schema: { tags, response: { 200: SignInSettingsSchema, ...staffErrors } } },
    async (request) => readSignInSettings(deps, request.ctx),
  );
  app.put(
    '/api/practice/sign-in-settings',
    { schema: { tags, body: SignInSettingsSchema, response: { 200: SignInSettingsSchema, ...staffErrors } } },
    async (request) => updateSignInSettings(deps, request.ctx, request.body),
  );

  app.post(
    '/api/staff/:id/password-reset',
    { schema: { tags, params: IdParamsSchema, response: { 200: PasswordResetSentSchema, ...staffErrors } } },
    async (request) => sendStaffPasswordReset(deps, request.ctx, request.params),
  );
  app.post(
    '/api/clients/:id/password-reset',
    { schema: { tags, params: IdParamsSchema, response: { 200: PasswordResetSentSchema, ...staffErrors } } },
    async (request) => sendClientPasswordReset(deps, request.ctx, request.params),
  );

  app.post(
    '/api/password-reset/preview',
    { schema: { tags, body: ResetTokenBodySchema, response: { 200: ResetPreviewSchema, ...publicErrors } } },
    async (request) => previewPasswordReset(deps, request.ctx, request.body),
  );
  app.post(
    '/api/password-reset/complete',
    {
      schema: {
        tags,
        body: CompleteResetBodySchema,
        response: { 200: z.object({ email: z.string(), kind: z.enum(['staff', 'client']) }), ...publicErrors },
      },
    },
    async (request) => completePasswordReset(deps, request.ctx, request.body),
  );
}
