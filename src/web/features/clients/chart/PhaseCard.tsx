import { type FormEvent, useState } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../../ui/ErrorSummary';
import { Select } from '../../../ui/Select';
import { Textarea } from '../../../ui/Textarea';
import { TimelineEntry } from '../../../ui/TimelineEntry';
import { CLIENT_PHASES, PHASE_LABELS, PhaseBadge } from '../client-phase';
import type { Client, ClientPhase } from '../client-types';
import { useChangePhase } from '../clients.api';
import { useEditToggle } from './use-edit-toggle';

const NEEDS_REASON: readonly ClientPhase[] = ['paused', 'completed'];

function PhaseForm({ client, onClose }: { client: Client; onClose: () => void }) {
  const change = useChangePhase(client.id);
  const [phase, setPhase] = useState<ClientPhase | ''>('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<ClientPhase | null>(null);
  const [noChoice, setNoChoice] = useState(false);
  const errors = fieldErrorsOf(change.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNoChoice(!phase);
    if (!phase) return;
    change.mutate(
      { phase, ...(reason.trim() ? { reason } : {}) },
      {
        onSuccess: () => {
          setDone(phase);
          setPhase('');
          setReason('');
        },
      },
    );
  };
  const required = phase !== '' && NEEDS_REASON.includes(phase);
  return (
    <form className="form form-compact" onSubmit={onSubmit} noValidate>
      <ErrorSummary error={change.error} title="The phase was not changed" fields={{ phase: 'Move to', reason: 'Reason' }} />
      <Select
        name="phase"
        label="Move to"
        placeholder="Choose a phase"
        options={CLIENT_PHASES.filter((p) => p !== client.phase).map((p) => ({ value: p, label: PHASE_LABELS[p] }))}
        value={phase}
        error={noChoice ? 'Choose the phase to move to first.' : errors.phase}
        onChange={(event) => {
          setPhase(event.currentTarget.value as ClientPhase | '');
          setDone(null);
          setNoChoice(false);
        }}
      />
      <Textarea
        name="reason"
        label="Reason"
        optional={!required}
        hint="Required when pausing or completing their care. It stays on the chart."
        rows={2}
        value={reason}
        error={errors.reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={change.isPending} busyLabel="Changing…">
          Change phase
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Close
        </Button>
        <p className="form-done" role="status">
          {done ? `Moved to ${PHASE_LABELS[done]}.` : ''}
        </p>
      </div>
    </form>
  );
}

export function PhaseCard({ client, canChange }: { client: Client; canChange: boolean }) {
  const history = [...client.phaseHistory].reverse();
  const { editing: changing, open, close, buttonRef, formRef } = useEditToggle();
  return (
    <section className="card" aria-labelledby="phase-heading">
      <h2 id="phase-heading" className="card-title">
        Phase
      </h2>
      <p className="status-now">
        Now: <PhaseBadge phase={client.phase} />
      </p>
      {canChange && !changing && (
        <Button variant="secondary" small onClick={open} ref={buttonRef}>
          Change phase…
        </Button>
      )}
      {canChange && changing && (
        <div ref={formRef}>
          <PhaseForm client={client} onClose={close} />
        </div>
      )}
      <h3 className="subheading">History</h3>
      <ol className="timeline">
        {history.map((change) => (
          <TimelineEntry
            key={`${change.changedAt}-${change.to}`}
            what={change.from ? `${PHASE_LABELS[change.from]} → ${PHASE_LABELS[change.to]}` : `Chart opened in ${PHASE_LABELS[change.to]}`}
            reason={change.reason}
            by={change.changedByName}
            at={change.changedAt}
          />
        ))}
      </ol>
    </section>
  );
}
