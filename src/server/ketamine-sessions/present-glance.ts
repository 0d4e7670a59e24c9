import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { SessionGlanceSchema } from '../../contracts/session-console-glance.contracts.js';
import type { Database } from '../../db/schema.js';
import type { CareRole } from '../../domain/clients/care-team.js';
import { READINESS_ITEMS, TOUCH_KINDS } from '../../domain/preparation/vocabulary.js';
import type { StoredContext } from './ketamine-sessions.repository.js';
import { glanceRows } from './session-glance.repository.js';

export type SessionGlance = z.infer<typeof SessionGlanceSchema>;

/** The gate's requirements in a few words, for an override shown in the room. */
const REQUIREMENT_WORDS: Record<string, string> = {
  consultation_proceed: 'Consultation decision',
  medical_screening: 'Medical screening',
  medical_clearance: 'Medical clearance',
  consents_signed: 'Consents',
  preparation_complete: 'Preparation complete',
  safety_plan: 'Safety plan',
  touch_preferences: 'Touch and support preferences',
  safety_flags_acknowledged: 'Safety flags acknowledged',
  readiness_fasting: 'Fasting as instructed',
  readiness_ride_home: 'A ride home',
  readiness_no_driving: 'No driving until the next day',
};

const lines = (text: string) =>
  text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * "At a glance" from the snapshot taken when the session opened (so the room sees what held then), with the
 * day's readiness checks, the overrides and the care team read as they are now.
 */
export async function presentGlance(db: Kysely<Database>, context: StoredContext, viewerId: string): Promise<SessionGlance> {
  const rows = await glanceRows(db, { clientId: context.clientId, plannedSessionId: context.plannedSessionId });
  const g = context.atAGlance;
  const team = new Map<string, { id: string; name: string; roles: CareRole[] }>();
  for (const m of rows.team) {
    const person = team.get(m.id) ?? { id: m.id, name: m.name, roles: [] };
    person.roles.push(m.role);
    team.set(m.id, person);
  }
  return {
    clientName: rows.client ? rows.client.preferred_name || rows.client.legal_name : '',
    plannedSessionId: context.plannedSessionId,
    intentions: g.intentions.filter((i) => i.kind === 'intention').map((i) => i.text),
    touch: g.touch
      ? {
          consented: g.touch.consentedTouch.map((code) => ({ code, label: TOUCH_KINDS.find((k) => k.code === code)?.label ?? code })),
          otherTouch: g.touch.otherTouch,
          neverTouch: g.touch.neverTouch,
        }
      : null,
    groundingCues: g.touch ? lines(g.touch.groundingCues) : [],
    groundingTools: g.groundingTools.map((t) => ({ name: t.name, howToUse: t.howToUse })),
    wordsToAvoid: g.touch ? lines(g.touch.wordsToAvoid) : [],
    signals: g.touch?.signals ?? [],
    readiness: {
      checks: READINESS_ITEMS.map((item) => {
        const c = rows.confirmations.filter((r) => r.item === item.code).at(-1);
        return {
          item: item.code,
          label: item.label,
          confirmation: c ? { channel: c.channel, byName: c.byName ?? 'Former staff member', at: c.confirmed_at, note: c.note } : null,
        };
      }),
      overrides: rows.overrides.map((o) => ({
        requirement: o.requirement,
        label: REQUIREMENT_WORDS[o.requirement] ?? o.requirement,
        reason: o.reason,
        prescriberName: o.prescriberName ?? 'Former staff member',
      })),
    },
    team: [...team.values()],
    viewerRoles: team.get(viewerId)?.roles ?? [],
  };
}
