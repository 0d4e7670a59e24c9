import { type FormEvent, useState } from 'react';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import type { GlyphShape } from '../../ui/Glyph';
import { type BadgeTone, StatusBadge } from '../../ui/StatusBadge';
import { Textarea } from '../../ui/Textarea';
import { formatCalendarDate } from '../clients';
import { MonitoringFacts } from './MonitoringFacts';
import { useWithdrawClearance } from './medical.api';
import type { Clearance } from './medical-types';

const STATUS: Record<Clearance['status'], { label: string; tone: BadgeTone; shape: GlyphShape }> = {
  valid: { label: 'Valid', tone: 'success', shape: 'check' },
  not_yet_valid: { label: 'Not yet valid', tone: 'warning', shape: 'clock' },
  expired: { label: 'Expired', tone: 'muted', shape: 'clock' },
  withdrawn: { label: 'Withdrawn', tone: 'muted', shape: 'cross' },
};

export function ClearanceBadge({ status }: { status: Clearance['status'] }) {
  return <StatusBadge {...STATUS[status]} />;
}

function WithdrawForm({ clientId, clearance, onCancel }: { clientId: string; clearance: Clearance; onCancel: () => void }) {
  const withdraw = useWithdrawClearance(clientId);
  const [reason, setReason] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate({ id: clearance.id, reason });
  };
  return (
    <form className="confirm-box form-compact" onSubmit={onSubmit} noValidate>
      <ErrorSummary error={withdraw.error} title="The clearance was not withdrawn" fields={{ reason: 'Reason' }} />
      <Textarea
        name="reason"
        label="Reason"
        hint="Why it no longer holds. The clearance stays on the record, marked withdrawn."
        rows={3}
        value={reason}
        error={fieldErrorsOf(withdraw.error).reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <div className="button-row">
        <Button type="submit" variant="danger" busy={withdraw.isPending} busyLabel="Withdrawing…">
          Withdraw clearance
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** One clearance: its status in words, the dates, the prescriber's conditions and this client's monitoring numbers. */
export function ClearanceCard({
  clientId,
  clearance,
  canWithdraw,
  heading,
}: {
  clientId: string;
  clearance: Clearance;
  canWithdraw: boolean;
  heading: string;
}) {
  const time = usePracticeTime();
  const [withdrawing, setWithdrawing] = useState(false);
  const headingId = `clearance-${clearance.id}`;
  const open = clearance.status === 'valid' || clearance.status === 'not_yet_valid';
  return (
    <article className="card clearance" aria-labelledby={headingId}>
      <div className="card-head">
        <h3 id={headingId} className="card-title">
          {heading}
        </h3>
        <ClearanceBadge status={clearance.status} />
      </div>
      <dl className="facts facts-wide">
        <div>
          <dt>Valid until</dt>
          <dd>
            <strong>{formatCalendarDate(clearance.validUntil)}</strong>
          </dd>
        </div>
        <div>
          <dt>Cleared</dt>
          <dd>
            {formatCalendarDate(clearance.clearedOn)} by {clearance.prescriberName}
          </dd>
        </div>
        <div>
          <dt>Conditions</dt>
          <dd className="pre-line">{clearance.conditions || <span className="muted">None</span>}</dd>
        </div>
      </dl>
      {clearance.withdrawal && (
        <p className="timeline-reason">
          Withdrawn by {clearance.withdrawal.byName}, {time.dateTime(clearance.withdrawal.at)}: “{clearance.withdrawal.reason}”
        </p>
      )}
      <h4 className="subheading">Monitoring for this client</h4>
      <MonitoringFacts monitoring={clearance.monitoring} />
      {canWithdraw && open && !withdrawing && (
        <Button variant="secondary" small onClick={() => setWithdrawing(true)}>
          Withdraw this clearance
        </Button>
      )}
      {canWithdraw && open && withdrawing && (
        <WithdrawForm clientId={clientId} clearance={clearance} onCancel={() => setWithdrawing(false)} />
      )}
    </article>
  );
}
