/** What other features may use of the account screens. */
export { AccountPage } from './AccountPage';
export {
  type EnrolmentConfirmed,
  type SignInSettings,
  type SignInStep,
  useAccount,
  useSaveSignInSettings,
  useSignInSettings,
} from './account.api';
export { ResetPasswordPage } from './ResetPasswordPage';
export { RecoveryCodes, TwoFactorEnrolment } from './TwoFactorEnrolment';
