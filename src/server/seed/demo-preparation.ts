import { randomUUID } from 'node:crypto';
import { listPortalConsents, signConsent } from '../consent/index.js';
import type { Deps } from '../platform/deps.js';
import {
  addGroundingTool,
  addIntention,
  completePreparation,
  saveCourse,
  saveSafetyPlan,
  saveTouchPreferences,
} from '../preparation/index.js';
import { actingAs } from './acting-as.js';
import { type SeededUser, seedUser } from './seed-staff.js';

/**
 * A demo client who reached ketamine sessions went through preparation first, so the readiness gate holds
 * for them: a course, an intention and a grounding practice, touch preferences, a safety plan, signed consents.
 */
export async function seedDemoPreparation(
  deps: Deps,
  therapist: SeededUser,
  client: { id: string; legalName: string; preferredName: string; goals: string },
  at: (days: number) => Date,
): Promise<void> {
  const as = (days: number) => actingAs(therapist, at(days));
  await saveCourse(deps, as(10), { clientId: client.id, plannedSessionCount: 3, status: 'preparing' });
  await addIntention(deps, as(10), { clientId: client.id, kind: 'intention', text: client.goals });
  await addGroundingTool(deps, as(12), {
    clientId: client.id,
    kind: 'breath',
    name: 'Longer out-breath',
    howToUse: 'Breathe in for four counts and out for six, five or six times.',
    whatHelps: 'A hand on the belly to feel it move.',
  });
  await saveTouchPreferences(deps, as(12), {
    clientId: client.id,
    consentedTouch: ['hand_on_shoulder'],
    otherTouch: '',
    neverTouch: 'Fictional: never the face.',
    groundingCues: 'Feel your feet on the floor.',
    wordsToAvoid: '',
    signals: [{ signal: 'A raised hand', meaning: 'Pause, please' }],
    reviewedWithClient: true,
  });
  await saveSafetyPlan(deps, as(14), {
    clientId: client.id,
    warningSigns: 'Fictional: sleeping badly, withdrawing from friends.',
    copingStrategies: 'A walk outside; the longer out-breath.',
    peopleAndPlaces: [{ name: 'Fictional support person', howToReach: '(555) 010-0998' }],
    professionals: [{ name: 'The practice', howToReach: 'The practice phone line' }],
    makingSafe: 'Fictional: medicines kept by the support person during hard weeks.',
  });
  const portalUser = await seedUser(deps, {
    roles: ['client'],
    displayName: client.preferredName,
    password: `${randomUUID()} ${randomUUID()}`,
    clientId: client.id,
  });
  const asClient = actingAs(portalUser, at(15), client.id);
  for (const version of (await listPortalConsents(deps, asClient)).toSign) {
    await signConsent(deps, asClient, { id: version.id, typedName: client.legalName, agreed: true });
  }
  await completePreparation(deps, as(20), { clientId: client.id });
}
