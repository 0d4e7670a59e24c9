import { COMMON_PASSWORDS } from './common-passwords.js';

// NIST SP 800-63B: a length floor, no composition rules, and a check against commonly used passwords.
export const MIN_PASSWORD_LENGTH = 12;
// argon2 hashes any length, but a cap keeps a huge body from costing the server.
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  too_short: `Use at least ${MIN_PASSWORD_LENGTH} characters. A few words strung together work well.`,
  too_long: `Use at most ${MAX_PASSWORD_LENGTH} characters.`,
  too_common: 'That password is one of the most common ones and easy to guess. Please choose another.',
  contains_email: 'Please choose a password that is not your email address.',
};

/** Counts characters as people see them, so an emoji or accented letter is one. */
function length(password: string): number {
  return [...password].length;
}

function isCommon(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  // A common password padded with digits or repeated ("password1234", "qwertyqwerty") is no stronger.
  const withoutTrailing = lower.replace(/[\d\W_]+$/u, '');
  if (withoutTrailing.length >= 4 && COMMON_PASSWORDS.has(withoutTrailing)) return true;
  const half = lower.slice(0, lower.length / 2);
  if (lower.length % 2 === 0 && half + half === lower && COMMON_PASSWORDS.has(half)) return true;
  return /^(.)\1+$/u.test(lower);
}

export function checkNewPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const n = length(password);
  if (n < MIN_PASSWORD_LENGTH) return 'too_short';
  if (n > MAX_PASSWORD_LENGTH) return 'too_long';
  if (context.email && password.toLowerCase().includes(context.email.toLowerCase())) return 'contains_email';
  if (isCommon(password)) return 'too_common';
  return null;
}
