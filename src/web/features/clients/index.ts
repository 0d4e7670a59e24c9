/** What other features may use of clients; everything else in this folder is its own. */
export { CareTeamFields, type CareTeamForm, careTeamBody } from './CareTeamFields';
export { clientName, formatCalendarDate, todayIn } from './client-names';
export type { Client } from './client-types';
export { clientKeys, useClient, useConvertRequest, useStaffDirectory } from './clients.api';
