import { rule } from '../../domain/access/policy.js';

/**
 * The request queue is intake work: the therapist who runs consultations and the practice office.
 * Prescribers and co-facilitators meet people once they are clients.
 */
export const enquiriesPolicy = {
  work: rule('read and work the consultation request queue', ['therapist', 'admin']),
};
