import { type FormEvent, useState } from 'react';
import type { GateItemView, GateResultView, PlannedSessionView } from '../../../contracts/readiness.contracts';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Select } from '../../ui/Select';
import { StatusBadge } from '../../ui/StatusBadge';
import { Textarea } from '../../ui/Textarea';
import { formatCalendarDate } from '../clients';
import { useConfirmOnArrival, useOverride } from './preparation.api';

function Item({ item }: { item: GateItemView }) {
  const time = usePracticeTime();
  return (
    <li className={`gate-item gate-item-${item.state}`}>
      <StatusBadge
        label={item.state === 'met' ? 'Met' : item.state === 'overridden' ? 'Overridden' : 'Open'}
        tone={item.state === 'met' ? 'success' : item.state === 'overridden' ? 'warning' : 'neutral'}
        shape={item.state === 'met' ? 'check' : 'dot'}
      />
      <div className="gate-item-body">
        <p className="gate-item-label">{item.label}</p>
        <p className="gate-item-message">{item.message}</p>
        {item.details.length > 0 && (
          <ul className="gate-item-details">
            {item.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        {item.state === 'unmet' && <p className="gate-item-who">Who can resolve it: {item.resolvedByText}</p>}
        {item.override && <p className="gate-item-who">For this session only; recorded {time.dateTime(item.override.at)}.</p>}
      </div>
    </li>
  );
}

function OverrideForm({ clientId, session }: { clientId: string; session: PlannedSessionView }) {
  const override = useOverride(clientId);
  const options = session.gate.items.filter((i) => i.state === 'unmet' && i.overridable).map((i) => ({ value: i.code, label: i.label }));
  const [form, setForm] = useState({ requirement: '', reason: '' });
  const errors = fieldErrorsOf(override.error);
  if (options.length === 0) return null;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    override.mutate({ id: session.id, ...form }, { onSuccess: () => setForm({ requirement: '', reason: '' }) });
  };
  return (
    <form className="form form-compact gate-override" onSubmit={onSubmit} noValidate aria-labelledby="override-heading">
      <h4 id="override-heading" className="card-subtitle">
        Prescriber’s override for this session
      </h4>
      <p className="field-hint">One named requirement, with your reason. It applies to this session only and stays on the chart.</p>
      <ErrorSummary
        error={override.error}
        title="The override was not recorded"
        fields={{ requirement: 'Requirement', reason: 'Reason' }}
      />
      <Select
        name="requirement"
        label="Requirement"
        placeholder="Choose one"
        options={options}
        value={form.requirement}
        error={errors.requirement}
        onChange={(e) => setForm({ ...form, requirement: e.currentTarget.value })}
      />
      <Textarea
        name="reason"
        label="Reason"
        rows={2}
        value={form.reason}
        error={errors.reason}
        onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={override.isPending} busyLabel="Recording…">
          Record override
        </Button>
      </div>
    </form>
  );
}

function ArrivalChecks({ clientId, session }: { clientId: string; session: PlannedSessionView }) {
  const confirm = useConfirmOnArrival(clientId);
  const open = session.readiness.filter((r) => !r.confirmation);
  if (open.length === 0) return null;
  return (
    <div className="gate-arrival">
      <Button
        variant="secondary"
        busy={confirm.isPending}
        busyLabel="Confirming…"
        onClick={() => confirm.mutate({ id: session.id, items: open.map((r) => r.item) })}
      >
        Confirm the open checks on arrival
      </Button>
      <ErrorSummary error={confirm.error} title="The checks were not confirmed" />
    </div>
  );
}

interface PanelProps {
  clientId: string;
  gate: GateResultView;
  session: PlannedSessionView | null;
  canOverride: boolean;
  canConfirm: boolean;
}

/** Every requirement of the gate, open ones first, each with who can resolve it. The server decides; this shows. */
export function ReadinessPanel({ clientId, gate, session, canOverride, canConfirm }: PanelProps) {
  const open = gate.items.filter((i) => i.state === 'unmet');
  const rest = gate.items.filter((i) => i.state !== 'unmet');
  const overridden = gate.items.filter((i) => i.state === 'overridden').length;
  const byOverride = overridden === 0 ? '' : `, ${overridden} of them by the prescriber’s override for this session`;
  return (
    <section className="card readiness-panel" aria-labelledby="readiness-heading">
      <h3 id="readiness-heading" className="card-title">
        Readiness for a ketamine session
      </h3>
      <p className="readiness-summary" role="status">
        {gate.holds
          ? `Ready: every requirement is met for ${formatCalendarDate(gate.date)}${byOverride}.`
          : `Not ready yet for ${formatCalendarDate(gate.date)}: ${open.length} ${open.length === 1 ? 'requirement remains' : 'requirements remain'}.`}
      </p>
      <ul className="gate-list">
        {[...open, ...rest].map((item) => (
          <Item key={item.code} item={item} />
        ))}
      </ul>
      {session && canConfirm && <ArrivalChecks clientId={clientId} session={session} />}
      {session && canOverride && <OverrideForm clientId={clientId} session={session} />}
    </section>
  );
}
