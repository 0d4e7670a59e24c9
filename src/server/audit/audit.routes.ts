import { AuditPageSchema, AuditQuerySchema, AuditVerifySchema } from '../../contracts/audit.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { browseAuditLog, checkAuditChain } from './browse-audit-log.js';

export function auditRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['audit'];
  app.get(
    '/api/audit',
    { schema: { tags, querystring: AuditQuerySchema, response: { 200: AuditPageSchema, ...staffErrors } } },
    async (request) => browseAuditLog(deps, request.ctx, request.query),
  );
  app.get('/api/audit/verify', { schema: { tags, response: { 200: AuditVerifySchema, ...staffErrors } } }, async (request) =>
    checkAuditChain(deps, request.ctx),
  );
}
