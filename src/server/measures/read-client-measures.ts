import type { MeasureContext } from '../../contracts/measures.contracts.js';
import { instruments } from '../../domain/measures/index.js';
import { measureSeries, TRACKED_INSTRUMENTS } from '../../domain/measures/measure-series.js';
import type { InstrumentId } from '../../domain/measures/types.js';
import { authorizeClient } from '../clients/index.js';
import { getClinicalSettings } from '../medical/index.js';
import { appendReadAudit } from '../platform/audit/append-read-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { openDraftsOf, presentDraft } from './measure-drafts.repository.js';
import { measuresPolicy } from './measures.policy.js';
import { assignmentsOf, clinicianScoresOf, presentResponse, responsesOf } from './measures.repository.js';

/** Everything the chart shows about measures: open assignments, every response, and totals over time. */
export async function readClientMeasures(deps: Deps, ctx: RequestContext, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    await authorizeClient(tx, ctx, input.id, measuresPolicy.read);
    const [responseRows, draftRows, assignmentRows, scoreRows, settings] = await Promise.all([
      responsesOf(tx.db, input.id),
      openDraftsOf(tx.db, input.id),
      assignmentsOf(tx.db, input.id),
      clinicianScoresOf(tx.db, input.id),
      getClinicalSettings(tx.db),
    ]);
    const responses = responseRows.map(presentResponse);
    const series = TRACKED_INSTRUMENTS.flatMap((instrumentId) => {
      const points = responses
        .filter((r) => r.instrumentId === instrumentId && r.total !== null)
        .map((r) => ({ responseId: r.id, completedAt: r.completedAt, total: r.total as number }));
      if (points.length === 0) return [];
      const s = measureSeries(instrumentId, points, settings.pcl5Threshold);
      return [{ ...s, title: instruments[instrumentId].title }];
    });
    await appendReadAudit(tx, ctx, { action: 'measure.read', recordType: 'client', recordId: input.id });
    return {
      assignments: assignmentRows.map((a) => ({
        id: a.id,
        instrumentId: a.instrument_id as InstrumentId,
        title: instruments[a.instrument_id as InstrumentId].title,
        context: a.context as MeasureContext,
        assignedAt: a.assigned_at,
        assignedByName: a.assigned_by_name,
        status: a.status,
      })),
      responses,
      inProgress: draftRows.map(presentDraft).filter((draft) => draft !== null),
      series,
      clinicianScores: scoreRows.map((s) => ({
        id: s.id,
        instrumentName: s.instrument_name,
        score: s.score,
        note: s.note,
        administeredOn: s.administered_on,
        recordedByName: s.recorded_by_name,
        recordedAt: s.recorded_at,
      })),
    };
  });
}
