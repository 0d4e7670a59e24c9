import { rule } from '../../domain/access/policy.js';

export const auditPolicy = {
  browse: rule('browse and verify the audit trail', ['admin']),
};
