import { rule } from '../../domain/access/policy.js';

export const staffPolicy = {
  manage: rule('invite staff, revoke invitations, deactivate accounts', ['admin']),
};
