import { IdParamsSchema } from '../../contracts/common.js';
import {
  ConsoleEntryBatchSchema,
  EntriesAfterQuerySchema,
  EntryBatchResultSchema,
  SessionConsoleStateSchema,
  SessionEntryParamsSchema,
} from '../../contracts/session-console.contracts.js';
import {
  AcknowledgeAlertBodySchema,
  AlertParamsSchema,
  EntriesAfterSchema,
  KetamineSessionListSchema,
  OpenSessionBodySchema,
  SessionRecordSchema,
} from '../../contracts/session-record.contracts.js';
import { authorizeClientRecord } from '../clients/client-access.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { streamEvents } from '../platform/live/sse.js';
import { acknowledgeAlert } from './acknowledge-alert.js';
import { ketamineSessionsPolicy } from './ketamine-sessions.policy.js';
import { findSessionRow } from './ketamine-sessions.repository.js';
import { listSessions } from './list-sessions.js';
import { logEntries } from './log-entries.js';
import { openSession } from './open-session.js';
import { sessionTopic } from './present-session.js';
import { readRecord } from './read-record.js';
import { readEntriesAfter, readSession } from './read-session.js';

const ok = <T>(schema: T) => ({ 200: schema, ...staffErrors });

/**
 * The session console (issue 10). Entries arrive in batches from a device's outbox and are applied each
 * exactly once; the stream tells every open device an entry was added (ids only) and it reads the rest.
 */
export function ketamineSessionsRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['ketamine sessions'];
  const bySession = { tags, params: SessionEntryParamsSchema };
  app.post(
    '/api/clients/:id/ketamine-sessions',
    { schema: { tags, params: IdParamsSchema, body: OpenSessionBodySchema, response: ok(SessionConsoleStateSchema) } },
    async (r) => openSession(deps, r.ctx, { clientId: r.params.id, plannedSessionId: r.body.plannedSessionId }),
  );
  app.get(
    '/api/clients/:id/ketamine-sessions',
    { schema: { tags, params: IdParamsSchema, response: ok(KetamineSessionListSchema) } },
    async (r) => listSessions(deps, r.ctx, { clientId: r.params.id }),
  );
  app.get('/api/ketamine-sessions/:sessionId', { schema: { ...bySession, response: ok(SessionConsoleStateSchema) } }, async (r) =>
    readSession(deps, r.ctx, r.params),
  );
  app.get(
    '/api/ketamine-sessions/:sessionId/entries',
    { schema: { ...bySession, querystring: EntriesAfterQuerySchema, response: ok(EntriesAfterSchema) } },
    async (r) => readEntriesAfter(deps, r.ctx, { sessionId: r.params.sessionId, after: r.query.after ?? null }),
  );
  app.post(
    '/api/ketamine-sessions/:sessionId/entries',
    { schema: { ...bySession, body: ConsoleEntryBatchSchema, response: ok(EntryBatchResultSchema) } },
    async (r) => logEntries(deps, r.ctx, { sessionId: r.params.sessionId, entries: r.body.entries }),
  );
  app.post(
    '/api/ketamine-sessions/:sessionId/alerts/:alertId/acknowledge',
    { schema: { tags, params: AlertParamsSchema, body: AcknowledgeAlertBodySchema, response: ok(SessionConsoleStateSchema) } },
    async (r) => acknowledgeAlert(deps, r.ctx, { ...r.params, note: r.body.note }),
  );
  app.get('/api/ketamine-sessions/:sessionId/record', { schema: { ...bySession, response: ok(SessionRecordSchema) } }, async (r) =>
    readRecord(deps, r.ctx, r.params),
  );
  app.get(
    '/api/ketamine-sessions/:sessionId/stream',
    { schema: { ...bySession, hide: true } },
    streamEvents(app, deps, {
      authorize: async (request) => {
        const { sessionId } = request.params as { sessionId: string };
        return inTransaction(deps, async (tx) => {
          const { record } = await authorizeClientRecord(
            tx,
            request.ctx,
            await findSessionRow(tx.db, sessionId),
            ketamineSessionsPolicy.read,
          );
          await appendAudit(tx, request.ctx, { action: 'ketamine_session.stream', recordType: 'ketamine_session', recordId: record.id });
          return { topic: sessionTopic(record.id) };
        });
      },
    }),
  );
}
