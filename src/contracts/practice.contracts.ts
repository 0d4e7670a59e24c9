import { z } from 'zod';
import { optionalText, text } from './common.js';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const PracticeSettingsSchema = z
  .object({
    practiceName: text(120, 'the practice name'),
    therapistName: text(120, "the therapist's name"),
    email: z.union([z.literal(''), z.email('must be an email address, like hello@example.org').max(254)]).default(''),
    phone: optionalText(40),
    address: optionalText(300),
    timeZone: z.string().trim().refine(isTimeZone, 'must be a time zone such as America/New_York'),
    emergencyNumber: z
      .string()
      .trim()
      .regex(/^[0-9+ -]{2,15}$/, 'must be a phone number such as 911, 999 or 112'),
  })
  .meta({ id: 'PracticeSettings' });

export const PracticeSettingsResponseSchema = PracticeSettingsSchema.extend({
  updatedAt: z.string().nullable(),
  isDemo: z.boolean().describe('The fictional demo practice: screens show a banner saying so'),
});

export type PracticeSettings = z.infer<typeof PracticeSettingsSchema>;
