import type { z } from 'zod';
import type { SessionRecordSchema } from '../../contracts/session-record.contracts.js';
import { minutesBetween } from '../../domain/session/clock.js';
import type { ContentEntry } from '../../domain/session/entries.js';
import { remsSummary } from '../../domain/session/rems-summary.js';
import { type SessionView, sessionView, type TimelineEntry } from '../../domain/session/session-view.js';
import type { TimelineState } from '../../domain/session/timeline-state.js';
import { findTerm } from '../../domain/session/vocabulary.js';
import { authorizeClientRecord } from '../clients/client-access.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { RequestContext } from '../platform/context.js';
import { type Deps, inTransaction } from '../platform/deps.js';
import { getPracticeSettings } from '../practice/practice.repository.js';
import { ketamineSessionsPolicy } from './ketamine-sessions.policy.js';
import { findSessionRow, userNames } from './ketamine-sessions.repository.js';
import { loadTimeline } from './present-session.js';

type SessionRecord = z.infer<typeof SessionRecordSchema>;
type Names = Map<string, string>;

/** The printable record of a session, with the Spravato REMS summary when esketamine was given intranasally. */
export async function readRecord(deps: Deps, ctx: RequestContext, input: { sessionId: string }) {
  return inTransaction(deps, async (tx) => {
    const { record, client } = await authorizeClientRecord(
      tx,
      ctx,
      await findSessionRow(tx.db, input.sessionId),
      ketamineSessionsPolicy.read,
    );
    await appendAudit(tx, ctx, { action: 'ketamine_session.read_record', recordType: 'ketamine_session', recordId: record.id });
    const state = await loadTimeline(tx.db, record);
    const now = ctx.now.toISOString();
    const view = sessionView(state, now);
    const { timeZone } = await getPracticeSettings(tx.db);
    const names = await userNames(tx.db, everyoneNamed(state, view));
    const built = buildRecord(state, view, names);
    return {
      session: {
        id: record.id,
        clientId: record.client_id,
        clientName: client.preferred_name || client.legal_name,
        status: view.status,
        openedAt: record.opened_at,
        firstDoseAt: view.firstDoseAt,
        dischargedAt: view.discharged?.at ?? null,
        timeZone,
      },
      ...built,
      rems: remsSummary({ view, timeZone, now, concomitant: {} }),
    } satisfies SessionRecord;
  });
}

function everyoneNamed(state: TimelineState, view: SessionView): string[] {
  const ids = state.events.map((a) => a.event.authorId);
  for (const { dose } of view.doses) ids.push(dose.administeredBy, dose.orderedBy);
  for (const { prn } of view.prnMedicines) ids.push(prn.administeredBy, prn.orderedBy);
  if (view.discharged?.body.override) ids.push(view.discharged.body.override.prescriberId);
  return ids;
}

function buildRecord(state: TimelineState, view: SessionView, names: Names): Omit<SessionRecord, 'session' | 'rems'> {
  const person = (id: string) => ({ id, name: names.get(id) ?? 'Former staff member' });
  const logged = (e: TimelineEntry) => ({ id: e.id, at: e.occurredAt, by: person(e.meta.authorId) });
  const current = <K extends ContentEntry['kind']>(kind: K) =>
    view.entries.flatMap((e) =>
      e.current?.kind === kind ? [{ e, body: e.current.body as Extract<ContentEntry, { kind: K }>['body'] }] : [],
    );
  const sinceDose = (at: string) => (view.firstDoseAt ? Math.round(minutesBetween(view.firstDoseAt, at)) : null);
  const dischargedEvent = view.discharged ? state.byId.get(view.discharged.id) : undefined;
  return {
    vitals: current('vitals').map(({ e, body }) => ({
      ...logged(e),
      purpose: body.purpose,
      minutesAfterFirstDose: sinceDose(e.occurredAt),
      ...body.reading,
    })),
    doses: [
      ...current('dose').map(({ e, body }) => ({
        ...logged(e),
        kind: 'session_medicine' as const,
        medicine: body.medicine,
        amount: `${body.mg} mg`,
        route: body.route,
        administeredAt: body.administeredAt,
        administeredBy: person(body.administeredBy),
        orderedBy: person(body.orderedBy),
        lot: body.lot,
        reason: '',
      })),
      ...current('prn_medicine').map(({ e, body }) => ({
        ...logged(e),
        kind: 'prn' as const,
        medicine: body.medicine,
        amount: body.amount,
        route: body.route,
        administeredAt: body.givenAt,
        administeredBy: person(body.administeredBy),
        orderedBy: person(body.orderedBy),
        lot: '',
        reason: body.reason,
      })),
    ],
    observations: current('observation').map(({ e, body }) => ({
      ...logged(e),
      category: body.category,
      term: body.term,
      label: findTerm(state.context.vocabulary, body.category, body.term)?.label ?? body.term,
      note: body.note,
    })),
    interventions: current('intervention').map(({ e, body }) => ({
      ...logged(e),
      type: body.type,
      detail: body.type === 'supportive_touch' ? body.touchKind : body.type === 'environment' ? body.aspect : '',
      note: body.note,
    })),
    fragments: current('fragment').map(({ e, body }) => ({ ...logged(e), fragmentKind: body.fragmentKind, words: body.words })),
    adverseEvents: view.adverseEvents.map((a) => {
      const e = view.entries.find((x) => x.id === a.id)!;
      return { ...logged(e), ...a.event, outcome: a.outcome };
    }),
    clinicianScores: current('clinician_score').map(({ e, body }) => ({ ...logged(e), ...body })),
    notes: current('note').map(({ e, body }) => ({ ...logged(e), text: body.text })),
    alerts: view.alerts.map((a) => ({
      id: a.id,
      code: a.code,
      message: a.message,
      raisedAt: a.raisedAt,
      recheck: a.recheck?.status ?? null,
      acknowledged: a.acknowledged ? { by: person(a.acknowledged.by), at: a.acknowledged.at, note: a.acknowledged.note } : null,
    })),
    discharge: {
      ...view.discharge,
      clinicallyReadyAt: view.assessment?.clinicallyReadyAt ?? null,
      discharged:
        view.discharged && dischargedEvent
          ? {
              at: view.discharged.at,
              by: person(dischargedEvent.event.authorId),
              override: view.discharged.body.override
                ? { prescriber: person(view.discharged.body.override.prescriberId), reason: view.discharged.body.override.reason }
                : null,
            }
          : null,
    },
    amendments: view.entries.flatMap((e) =>
      e.changes
        .filter((c) => c.kind === 'amendment')
        .map((c) => ({
          id: c.id,
          at: c.occurredAt,
          by: person(c.authorId),
          targetId: e.id,
          reason: c.reason ?? '',
          enteredInError: c.replacement === null,
        })),
    ),
  };
}
