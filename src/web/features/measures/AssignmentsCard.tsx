import { type FormEvent, useState } from 'react';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Select } from '../../ui/Select';
import type { Client } from '../clients';
import { CONTEXT_LABELS, CONTEXT_OPTIONS } from './measure-labels';
import type { InstrumentId, MeasureAssignment, MeasureContext } from './measure-types';
import { useAssignMeasure, useCancelAssignment, useInstruments } from './measures.api';

function OpenAssignments({ client, open, canCancel }: { client: Client; open: MeasureAssignment[]; canCancel: boolean }) {
  const time = usePracticeTime();
  const cancel = useCancelAssignment(client.id);
  if (open.length === 0) return <p className="muted small">Nothing is waiting for them in the portal.</p>;
  return (
    <>
      {cancel.error ? <ErrorSummary error={cancel.error} title="It was not withdrawn" /> : null}
      <ul className="assignment-list">
        {open.map((assignment) => (
          <li key={assignment.id}>
            <span className="stack">
              <span className="assignment-title">{assignment.title}</span>
              <span className="muted small">
                {CONTEXT_LABELS[assignment.context]} · sent {time.relative(assignment.assignedAt)} by {assignment.assignedByName}
              </span>
            </span>
            {canCancel && (
              <Button
                variant="quiet"
                small
                busy={cancel.isPending && cancel.variables === assignment.id}
                onClick={() => cancel.mutate(assignment.id)}
              >
                Withdraw<span className="visually-hidden"> {assignment.title}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function AssignForm({ client }: { client: Client }) {
  const instruments = useInstruments();
  const assign = useAssignMeasure(client.id);
  const [instrumentId, setInstrumentId] = useState<InstrumentId>('PHQ-9');
  const [context, setContext] = useState<MeasureContext>('consultation');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    assign.mutate({ instrumentId, context });
  };
  return (
    <form className="form form-compact" onSubmit={onSubmit} noValidate aria-label="Send a questionnaire to the client’s portal">
      <ErrorSummary error={assign.error} title="It was not sent" />
      <div className="field-row field-row-tight">
        <Select
          name="assign-instrument"
          label="Questionnaire"
          options={(instruments.data?.instruments ?? []).map((i) => ({ value: i.id, label: `${i.id} · ${i.itemCount} questions` }))}
          value={instrumentId}
          onChange={(event) => setInstrumentId(event.currentTarget.value as InstrumentId)}
        />
        <Select
          name="assign-context"
          label="When"
          options={CONTEXT_OPTIONS}
          value={context}
          onChange={(event) => setContext(event.currentTarget.value as MeasureContext)}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={assign.isPending} busyLabel="Sending…">
          Send to the client’s portal
        </Button>
        <p className="form-done" role="status">
          {assign.isSuccess ? `${assign.data.title} is waiting in their portal.` : ''}
        </p>
      </div>
    </form>
  );
}

/** What the client has been asked to fill in on their phone, and a way to ask for more. */
export function AssignmentsCard({ client, open, canAssign }: { client: Client; open: MeasureAssignment[]; canAssign: boolean }) {
  return (
    <section className="card" aria-labelledby="assignments-heading">
      <h3 id="assignments-heading" className="card-title">
        In their portal
      </h3>
      <OpenAssignments client={client} open={open} canCancel={canAssign} />
      {canAssign && client.portal.state !== 'active' && (
        <p className="small">
          {client.portal.state === 'invited'
            ? 'They have not set up their portal account yet; anything sent waits for them there.'
            : 'They have no portal account yet. Invite them from Overview; anything sent waits for them there.'}
        </p>
      )}
      {canAssign && <AssignForm client={client} />}
    </section>
  );
}
