import { z } from 'zod';

export const IdParamsSchema = z.object({ id: z.uuid('must be a record id') });

export const EmailSchema = z
  .string()
  .trim()
  .pipe(z.email('must be an email address, like name@example.org').max(254, 'must be at most 254 characters'));

/** Length only here; the full password rules (common passwords, …) are checked on the server. */
export const NewPasswordSchema = z
  .string()
  .min(12, 'must be at least 12 characters; a few words strung together work well')
  .max(256, 'must be at most 256 characters');

export const OkSchema = z.object({ ok: z.literal(true) });

/** Trims, refuses blank, and caps the length: used for every short free-text field. */
export function text(max: number, label = 'this') {
  return z.string().trim().min(1, `please fill in ${label}`).max(max, `must be at most ${max} characters`);
}

export function optionalText(max: number) {
  return z.string().trim().max(max, `must be at most ${max} characters`).default('');
}
