import { ownRecordRule } from '../../domain/clients/own-records.js';

/**
 * The portal is the client's own: these rules name the client and, for a record the client shares, the
 * care-team roles that may see it. Nothing in the portal is shared yet, so staff reach none of it here.
 */
export const portalPolicy = {
  home: ownRecordRule('see their own page: what is waiting for them and what they have sent'),
  answerMeasure: ownRecordRule('read and answer a questionnaire sent to them'),
};
