import { z } from 'zod';

/**
 * What the signed-in person may do on one chart. The server computes these from the policy rules its use
 * cases enforce; the web app only shows and hides from them.
 */
export const CHART_ABILITIES = [
  'editDetails',
  'setCareTeam',
  'invitePortal',
  'changePhase',
  'writeConsultation',
  'assignMeasures',
  'enterMeasures',
  'recordClinicianScore',
  'acknowledgeFlags',
  'recordMedical',
  'writePreparation',
  'planSessions',
  'confirmOnArrival',
  'overrideGate',
  'openKetamineSession',
] as const;
export type ChartAbility = (typeof CHART_ABILITIES)[number];

/** What the signed-in person may do across the staff app: which screens and actions to offer. */
export const APP_ABILITIES = [
  'workRequests',
  'seeClients',
  'seeEveryChart',
  'createClients',
  'chooseCareTeams',
  'acknowledgeFlags',
  'readClinicalSettings',
  'changeClinicalSettings',
  'changeSomaticVocabulary',
  'manageStaff',
  'changePracticeSettings',
  'editPages',
  'readOutbox',
  'setUpMail',
  'browseAudit',
] as const;
export type AppAbility = (typeof APP_ABILITIES)[number];

export const ChartAbilitiesSchema = z.record(z.enum(CHART_ABILITIES), z.boolean()).meta({ id: 'ChartAbilities' });
export const AppAbilitiesSchema = z.record(z.enum(APP_ABILITIES), z.boolean()).meta({ id: 'AppAbilities' });

export type ChartAbilities = z.infer<typeof ChartAbilitiesSchema>;
export type AppAbilities = z.infer<typeof AppAbilitiesSchema>;
