import type { AppAbilities, AppAbility } from '../../contracts/access.contracts.js';
import { allows, type Rule } from '../../domain/access/policy.js';
import type { Role } from '../../domain/access/roles.js';
import { type ClientRule, mayActOnSomeClient, reachesEveryClient } from '../../domain/clients/care-team.js';
import { auditPolicy } from '../audit/audit.policy.js';
import { clientsPolicy } from '../clients/clients.policy.js';
import { enquiriesPolicy } from '../enquiries/enquiries.policy.js';
import { mailPolicy } from '../mail/mail.policy.js';
import { medicalPolicy } from '../medical/medical.policy.js';
import { practicePolicy } from '../practice/practice.policy.js';
import { safetyFlagsPolicy } from '../safety-flags/safety-flags.policy.js';
import { sessionVocabularyPolicy } from '../session-vocabulary/session-vocabulary.policy.js';
import { staffPolicy } from '../staff/staff.policy.js';

type AppRule = { rule: Rule } | { onSomeClient: ClientRule } | { onEveryClient: ClientRule };

/** Each screen or action the staff app offers, and the rule of the use case behind it. */
export const APP_RULES = {
  workRequests: { rule: enquiriesPolicy.work },
  seeClients: { rule: clientsPolicy.list },
  seeEveryChart: { onEveryClient: clientsPolicy.readChart },
  createClients: { rule: clientsPolicy.create },
  chooseCareTeams: { rule: clientsPolicy.directory },
  acknowledgeFlags: { onSomeClient: safetyFlagsPolicy.acknowledge },
  readClinicalSettings: { rule: medicalPolicy.readSettings },
  changeClinicalSettings: { rule: medicalPolicy.changeSettings },
  changeSomaticVocabulary: { rule: sessionVocabularyPolicy.change },
  manageStaff: { rule: staffPolicy.manage },
  changePracticeSettings: { rule: practicePolicy.changeSettings },
  editPages: { rule: practicePolicy.editPages },
  readOutbox: { rule: practicePolicy.readOutbox },
  setUpMail: { rule: mailPolicy.sendTest },
  browseAudit: { rule: auditPolicy.browse },
} as const satisfies Record<AppAbility, AppRule>;

function holds(appRule: AppRule, roles: readonly Role[]): boolean {
  if ('rule' in appRule) return allows(appRule.rule, roles);
  if ('onSomeClient' in appRule) return mayActOnSomeClient(appRule.onSomeClient, roles);
  return reachesEveryClient(appRule.onEveryClient, roles);
}

/** What the staff app offers this person. A client's portal account holds none of these. */
export function appAbilities(roles: readonly Role[]): AppAbilities {
  const entries = Object.entries(APP_RULES).map(([ability, appRule]) => [ability, holds(appRule, roles)]);
  return Object.fromEntries(entries) as AppAbilities;
}
