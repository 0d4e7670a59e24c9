import { checkAdverseEvent, type EntryIssue } from './adverse-events.js';
import { checkBaselineBp } from './baseline-check.js';
import { toMs } from './clock.js';
import { decideDischarge } from './discharge.js';
import { checkDose, checkPrnMedicine, type DoseContext } from './doses.js';
import type { ContentEntry, SessionEvent } from './entries.js';
import { isContentKind } from './entries.js';
import { touchRefusal } from './interventions.js';
import { type SessionView, sessionView } from './session-view.js';
import { dischargeOf, type TimelineState } from './timeline-state.js';
import { findTerm } from './vocabulary.js';

/** Why an entry was refused; `code` is stable for the server's error, `issues` name fields inside `body`. */
export interface Rejection {
  code:
    | 'wrong_session'
    | 'session_closed'
    | 'already_discharged'
    | 'invalid_entry'
    | 'touch_not_consented'
    | 'dosing_not_allowed'
    | 'unknown_target'
    | 'not_editable'
    | 'not_the_author'
    | 'edit_window_passed'
    | 'discharge_needs_prescriber_reason';
  message: string;
  issues: EntryIssue[];
}

const reject = (code: Rejection['code'], message: string, issues: EntryIssue[] = []): Rejection => ({ code, message, issues });

/** The rules an entry must meet against the session as it stands; null when it may be applied. */
export function checkEvent(state: TimelineState, event: SessionEvent, at: string): Rejection | null {
  if (event.sessionId !== state.context.sessionId) return reject('wrong_session', 'This entry belongs to another session.');
  // The whole view only when a rule reads it: most entries (an observation, a fragment) need none of it.
  let known: SessionView | undefined;
  const view = () => (known ??= sessionView(state, at));
  const discharged = dischargeOf(state.events);
  if (discharged && event.kind !== 'amendment') {
    if (event.kind === 'discharged') return reject('already_discharged', 'The client has already been discharged.');
    // Logged before discharge but synced after (an offline device): it still belongs to the record.
    if (toMs(at) > toMs(discharged.occurredAt))
      return reject('session_closed', 'The session is closed. Add an amendment to an entry instead.');
  }
  if (isContentKind(event.kind)) return checkContent(state, view, { kind: event.kind, body: event.body } as ContentEntry, at);
  switch (event.kind) {
    case 'alert_acknowledged':
      return view().alerts.some((a) => a.id === event.body.alertId)
        ? null
        : reject('unknown_target', 'There is no such alert in this session.');
    case 'discharged':
      return checkDischarged(state, view, event.body.override, at);
    case 'edit':
    case 'amendment':
      return checkChange(state, view, event, at);
  }
}

function checkContent(state: TimelineState, view: () => SessionView, entry: ContentEntry, at: string): Rejection | null {
  const ctx = state.context;
  const doseContext: DoseContext = { prescriberIds: ctx.prescriberIds, openedAt: ctx.openedAt, now: at };
  const invalid = (issues: EntryIssue[]) => (issues.length ? reject('invalid_entry', 'Please check the entry.', issues) : null);
  switch (entry.kind) {
    case 'vitals': {
      const of = entry.body.recheckOf;
      if (entry.body.purpose === 'recheck' && !view().readings.some((r) => r.id === of))
        return reject('invalid_entry', 'Please check the entry.', [{ path: 'recheckOf', message: 'choose the reading this rechecks' }]);
      return null;
    }
    case 'baseline_decision':
      return checkBaselineDecision(state, view, entry.body);
    case 'dose':
      {
        const { doses, dosingGate } = view();
        if (doses.length === 0 && !dosingGate.allowed) return reject('dosing_not_allowed', dosingGate.message);
      }
      return invalid(checkDose(entry.body, doseContext));
    case 'prn_medicine':
      return invalid(checkPrnMedicine(entry.body, doseContext));
    case 'observation': {
      const term = findTerm(ctx.vocabulary, entry.body.category, entry.body.term);
      if (!term || term.retired) return invalid([{ path: 'term', message: 'is not a term in the practice’s vocabulary' }]);
      return null;
    }
    case 'intervention': {
      if (entry.body.type !== 'supportive_touch') return null;
      const refusal = touchRefusal(entry.body.touchKind, ctx.consentedTouchKinds);
      return refusal ? reject('touch_not_consented', refusal, [{ path: 'touchKind', message: refusal }]) : null;
    }
    case 'adverse_event':
      return invalid(checkAdverseEvent(entry.body));
    case 'adverse_event_outcome':
      return view().adverseEvents.some((e) => e.id === entry.body.adverseEventId)
        ? null
        : invalid([{ path: 'adverseEventId', message: 'choose an adverse event logged in this session' }]);
    case 'discharge_assessment': {
      const ready = entry.body.clinicallyReadyAt;
      const firstDoseAt = ready ? view().firstDoseAt : null;
      if (ready && ((firstDoseAt && toMs(ready) < toMs(firstDoseAt)) || toMs(ready) > toMs(at) + 2 * 60_000))
        return invalid([{ path: 'clinicallyReadyAt', message: 'must be after the first dose and not in the future' }]);
      return null;
    }
    case 'fragment':
    case 'clinician_score':
    case 'note':
      return null;
  }
}

function checkBaselineDecision(
  state: TimelineState,
  view: () => SessionView,
  body: Extract<ContentEntry, { kind: 'baseline_decision' }>['body'],
): Rejection | null {
  const baseline = view().readings.find((r) => r.id === body.baselineEntryId && r.check.purpose === 'baseline');
  const issues: EntryIssue[] = [];
  if (!baseline) issues.push({ path: 'baselineEntryId', message: 'choose the baseline reading this decision is about' });
  if (!state.context.prescriberIds.includes(body.prescriberId))
    issues.push({ path: 'prescriberId', message: 'name a prescriber on the care team' });
  if (baseline && body.decision === 'proceed' && !body.reason.trim()) {
    const level = checkBaselineBp(baseline.check.reading, state.context.monitoring).level;
    if (level === 'contraindicated') issues.push({ path: 'reason', message: 'give the reason for dosing despite the contraindication' });
  }
  return issues.length ? reject('invalid_entry', 'Please check the decision.', issues) : null;
}

function checkDischarged(
  state: TimelineState,
  view: () => SessionView,
  override: { prescriberId: string; reason: string } | null,
  at: string,
): Rejection | null {
  const decision = decideDischarge(view().discharge, override, state.context.prescriberIds, {
    firstDoseAt: view().firstDoseAt,
    assessment: view().assessment,
    at,
  });
  if (decision.allowed) return null;
  if (decision.code === 'ready_time_invalid')
    return reject('invalid_entry', decision.message, [{ path: 'clinicallyReadyAt', message: decision.message }]);
  return reject(
    'discharge_needs_prescriber_reason',
    decision.message,
    decision.unmet.map((code) => ({ path: `unmet.${code}`, message: 'does not hold yet' })),
  );
}

function checkChange(
  state: TimelineState,
  view: () => SessionView,
  event: Extract<SessionEvent, { kind: 'edit' | 'amendment' }>,
  at: string,
): Rejection | null {
  const target = state.byId.get(event.body.targetId);
  if (!target) return reject('unknown_target', 'There is no such entry in this session.');
  if (!isContentKind(target.event.kind)) return reject('not_editable', 'This kind of entry cannot be changed.');
  const replacement = event.body.replacement;
  if (replacement && replacement.kind !== target.event.kind)
    return reject('invalid_entry', 'A change keeps the kind of the entry.', [
      { path: 'replacement.kind', message: `must be ${target.event.kind}` },
    ]);
  if (event.kind === 'edit') {
    if (target.event.authorId !== event.authorId)
      return reject('not_the_author', 'Only its author can edit an entry. Add an amendment instead.');
    const minutes = (toMs(at) - toMs(target.occurredAt)) / 60_000;
    if (minutes > state.context.console.editWindowMinutes)
      return reject('edit_window_passed', 'The time to edit this entry has passed. Add an amendment instead; the original is kept.');
  } else if (!event.body.reason.trim()) {
    return reject('invalid_entry', 'Please say why it is amended.', [{ path: 'reason', message: 'say why the entry is amended' }]);
  }
  if (!replacement) return null;
  const rejection = checkContent(state, view, replacement, at);
  return rejection && { ...rejection, issues: rejection.issues.map((i) => ({ ...i, path: `replacement.body.${i.path}` })) };
}
