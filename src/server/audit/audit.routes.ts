import { z } from 'zod';
import { AuditExportQuerySchema, AuditPageSchema, AuditQuerySchema, AuditVerifySchema } from '../../contracts/audit.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { browseAuditLog, checkAuditChain } from './browse-audit-log.js';
import { exportAuditLog } from './export-audit-log.js';

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
  app.get(
    '/api/audit/export.csv',
    {
      schema: {
        tags,
        description: 'The filtered rows as CSV (ids and codes, no clinical text); the export is itself audited.',
        querystring: AuditExportQuerySchema,
        response: { 200: z.string(), ...staffErrors },
      },
    },
    async (request, reply) => {
      const csv = await exportAuditLog(deps, request.ctx, request.query);
      const day = deps.clock().toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="holdspace-audit-${day}.csv"`)
        .send(csv);
    },
  );
}
