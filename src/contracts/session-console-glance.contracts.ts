import { z } from 'zod';
import { CARE_ROLES } from '../domain/clients/care-team.js';
import { READINESS_CHANNELS, READINESS_ITEMS } from '../domain/preparation/vocabulary.js';

/**
 * "At a glance" for the session console (issue 10 item 1): what the room holds in mind, as fixed when the
 * session opened, plus the day's readiness checks and who is on the care team (the dose form names who gave
 * a medicine and whose order it was). Sent with the console state so it is there offline too.
 */
const Person = z.object({ id: z.string(), name: z.string() });

export const SessionGlanceSchema = z
  .object({
    clientName: z.string(),
    plannedSessionId: z.string(),
    intentions: z.array(z.string()).describe('the client’s intentions, as they wrote them'),
    touch: z
      .object({
        consented: z.array(z.object({ code: z.string(), label: z.string() })),
        otherTouch: z.string(),
        neverTouch: z.string(),
      })
      .nullable()
      .describe('null: no touch preferences were recorded'),
    groundingCues: z.array(z.string()),
    groundingTools: z.array(z.object({ name: z.string(), howToUse: z.string() })),
    wordsToAvoid: z.array(z.string()),
    signals: z.array(z.object({ signal: z.string(), meaning: z.string() })),
    readiness: z.object({
      checks: z.array(
        z.object({
          item: z.enum(READINESS_ITEMS.map((i) => i.code) as ['fasting', 'ride_home', 'no_driving']),
          label: z.string(),
          confirmation: z.object({ channel: z.enum(READINESS_CHANNELS), byName: z.string(), at: z.string(), note: z.string() }).nullable(),
        }),
      ),
      overrides: z.array(z.object({ requirement: z.string(), label: z.string(), reason: z.string(), prescriberName: z.string() })),
    }),
    team: z.array(Person.extend({ roles: z.array(z.enum(CARE_ROLES)) })).describe('the care team when the session opened'),
    viewerRoles: z.array(z.enum(CARE_ROLES)).describe('the viewer’s roles on this care team'),
  })
  .meta({ id: 'SessionGlance' });
