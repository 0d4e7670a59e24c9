import { IdParamsSchema } from '../../contracts/common.js';
import {
  CourseBodySchema,
  CourseSchema,
  GroundingToolBodySchema,
  GroundingToolListSchema,
  GroundingToolSchema,
  IntentionBodySchema,
  IntentionListSchema,
  IntentionSchema,
  PreparationOverviewSchema,
  PrepNoteAmendmentBodySchema,
  PrepNoteDraftBodySchema,
  PrepNoteListSchema,
  PrepNoteSchema,
  ReviseGroundingToolBodySchema,
  ReviseIntentionBodySchema,
  SafetyPlanBodySchema,
  SafetyPlanHistorySchema,
  SafetyPlanRecordSchema,
  TouchPreferencesBodySchema,
  TouchPreferencesHistorySchema,
  TouchPreferencesRecordSchema,
} from '../../contracts/preparation.contracts.js';
import type { Deps } from '../platform/deps.js';
import { staffErrors } from '../platform/http/route-schemas.js';
import type { ZodApp } from '../platform/http/zod-app.js';
import { addGroundingTool } from './add-grounding-tool.js';
import { addIntention } from './add-intention.js';
import { completePreparation } from './complete-preparation.js';
import { amendPrepNote, savePrepNoteDraft, signPrepNote, startPrepNote } from './prep-note.js';
import { listPrepNotes, readPrepNote } from './read-prep-notes.js';
import { readPreparation } from './read-preparation.js';
import {
  readGroundingTools,
  readIntentions,
  readSafetyPlan,
  readSafetyPlanHistory,
  readTouchPreferences,
  readTouchPreferencesHistory,
} from './read-preparation-records.js';
import { reviseGroundingTool } from './revise-grounding-tool.js';
import { reviseIntention } from './revise-intention.js';
import { saveCourse } from './save-course.js';
import { saveSafetyPlan } from './save-safety-plan.js';
import { saveTouchPreferences } from './save-touch-preferences.js';

const ok = <T>(schema: T) => ({ 200: schema, ...staffErrors });

export function preparationRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['preparation'];
  const byClient = { tags, params: IdParamsSchema };
  app.get('/api/clients/:id/preparation', { schema: { ...byClient, response: ok(PreparationOverviewSchema) } }, async (r) =>
    readPreparation(deps, r.ctx, r.params),
  );
  app.put('/api/clients/:id/course', { schema: { ...byClient, body: CourseBodySchema, response: ok(CourseSchema) } }, async (r) =>
    saveCourse(deps, r.ctx, { ...r.body, clientId: r.params.id }),
  );
  app.post('/api/clients/:id/course/preparation-complete', { schema: { ...byClient, response: ok(CourseSchema) } }, async (r) =>
    completePreparation(deps, r.ctx, { clientId: r.params.id }),
  );
  app.get('/api/clients/:id/intentions', { schema: { ...byClient, response: ok(IntentionListSchema) } }, async (r) =>
    readIntentions(deps, r.ctx, r.params.id),
  );
  app.post(
    '/api/clients/:id/intentions',
    { schema: { ...byClient, body: IntentionBodySchema, response: ok(IntentionSchema) } },
    async (r) => addIntention(deps, r.ctx, { ...r.body, clientId: r.params.id }),
  );
  app.post(
    '/api/intentions/:id/versions',
    { schema: { ...byClient, body: ReviseIntentionBodySchema, response: ok(IntentionSchema) } },
    async (r) => reviseIntention(deps, r.ctx, { ...r.body, id: r.params.id, viaPortal: false }),
  );
  app.get('/api/clients/:id/grounding-tools', { schema: { ...byClient, response: ok(GroundingToolListSchema) } }, async (r) =>
    readGroundingTools(deps, r.ctx, r.params.id),
  );
  app.post(
    '/api/clients/:id/grounding-tools',
    { schema: { ...byClient, body: GroundingToolBodySchema, response: ok(GroundingToolSchema) } },
    async (r) => addGroundingTool(deps, r.ctx, { ...r.body, clientId: r.params.id }),
  );
  app.put(
    '/api/grounding-tools/:id',
    { schema: { ...byClient, body: ReviseGroundingToolBodySchema, response: ok(GroundingToolSchema) } },
    async (r) => reviseGroundingTool(deps, r.ctx, { ...r.body, id: r.params.id }),
  );
  app.get('/api/clients/:id/touch-preferences', { schema: { ...byClient, response: ok(TouchPreferencesRecordSchema) } }, async (r) =>
    readTouchPreferences(deps, r.ctx, r.params.id),
  );
  app.put(
    '/api/clients/:id/touch-preferences',
    { schema: { ...byClient, body: TouchPreferencesBodySchema, response: ok(TouchPreferencesRecordSchema) } },
    async (r) => saveTouchPreferences(deps, r.ctx, { ...r.body, clientId: r.params.id }),
  );
  app.get('/api/clients/:id/safety-plan', { schema: { ...byClient, response: ok(SafetyPlanRecordSchema) } }, async (r) =>
    readSafetyPlan(deps, r.ctx, r.params.id),
  );
  app.put(
    '/api/clients/:id/safety-plan',
    { schema: { ...byClient, body: SafetyPlanBodySchema, response: ok(SafetyPlanRecordSchema) } },
    async (r) => saveSafetyPlan(deps, r.ctx, { ...r.body, clientId: r.params.id }),
  );
  app.get(
    '/api/clients/:id/touch-preferences/versions',
    { schema: { ...byClient, response: ok(TouchPreferencesHistorySchema) } },
    async (r) => readTouchPreferencesHistory(deps, r.ctx, r.params.id),
  );
  app.get('/api/clients/:id/safety-plan/versions', { schema: { ...byClient, response: ok(SafetyPlanHistorySchema) } }, async (r) =>
    readSafetyPlanHistory(deps, r.ctx, r.params.id),
  );
  prepNoteRoutes(app, deps);
  portalPreparationRoutes(app, deps);
}

function prepNoteRoutes(app: ZodApp, deps: Deps): void {
  const schema = { tags: ['preparation notes'], params: IdParamsSchema };
  app.get('/api/clients/:id/preparation-notes', { schema: { ...schema, response: ok(PrepNoteListSchema) } }, async (r) =>
    listPrepNotes(deps, r.ctx, r.params),
  );
  app.post(
    '/api/clients/:id/preparation-notes',
    { schema: { ...schema, body: PrepNoteDraftBodySchema, response: ok(PrepNoteSchema) } },
    async (r) => startPrepNote(deps, r.ctx, { ...r.body, clientId: r.params.id }),
  );
  app.get('/api/preparation-notes/:id', { schema: { ...schema, response: ok(PrepNoteSchema) } }, async (r) =>
    readPrepNote(deps, r.ctx, r.params),
  );
  app.put(
    '/api/preparation-notes/:id/draft',
    { schema: { ...schema, body: PrepNoteDraftBodySchema, response: ok(PrepNoteSchema) } },
    async (r) => savePrepNoteDraft(deps, r.ctx, { ...r.body, id: r.params.id }),
  );
  app.post('/api/preparation-notes/:id/sign', { schema: { ...schema, response: ok(PrepNoteSchema) } }, async (r) =>
    signPrepNote(deps, r.ctx, r.params),
  );
  app.post(
    '/api/preparation-notes/:id/amendments',
    { schema: { ...schema, body: PrepNoteAmendmentBodySchema, response: ok(PrepNoteSchema) } },
    async (r) => amendPrepNote(deps, r.ctx, { ...r.body, id: r.params.id }),
  );
}

/** The client's own preparation records in the portal: no client id in the path, the session decides. */
function portalPreparationRoutes(app: ZodApp, deps: Deps): void {
  const tags = ['client portal'];
  app.get('/api/portal/intentions', { schema: { tags, response: ok(IntentionListSchema) } }, async (r) =>
    readIntentions(deps, r.ctx, null),
  );
  app.post('/api/portal/intentions', { schema: { tags, body: IntentionBodySchema, response: ok(IntentionSchema) } }, async (r) =>
    addIntention(deps, r.ctx, { ...r.body, clientId: null }),
  );
  app.post(
    '/api/portal/intentions/:id/versions',
    { schema: { tags, params: IdParamsSchema, body: ReviseIntentionBodySchema, response: ok(IntentionSchema) } },
    async (r) => reviseIntention(deps, r.ctx, { ...r.body, id: r.params.id, viaPortal: true }),
  );
  app.get('/api/portal/grounding-tools', { schema: { tags, response: ok(GroundingToolListSchema) } }, async (r) =>
    readGroundingTools(deps, r.ctx, null),
  );
  app.post(
    '/api/portal/grounding-tools',
    { schema: { tags, body: GroundingToolBodySchema, response: ok(GroundingToolSchema) } },
    async (r) => addGroundingTool(deps, r.ctx, { ...r.body, clientId: null }),
  );
  app.get('/api/portal/touch-preferences', { schema: { tags, response: ok(TouchPreferencesRecordSchema) } }, async (r) =>
    readTouchPreferences(deps, r.ctx, null),
  );
  app.get('/api/portal/safety-plan', { schema: { tags, response: ok(SafetyPlanRecordSchema) } }, async (r) =>
    readSafetyPlan(deps, r.ctx, null),
  );
  app.get('/api/portal/touch-preferences/versions', { schema: { tags, response: ok(TouchPreferencesHistorySchema) } }, async (r) =>
    readTouchPreferencesHistory(deps, r.ctx, null),
  );
  app.get('/api/portal/safety-plan/versions', { schema: { tags, response: ok(SafetyPlanHistorySchema) } }, async (r) =>
    readSafetyPlanHistory(deps, r.ctx, null),
  );
}
