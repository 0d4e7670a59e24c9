import { type FormEvent, useState } from 'react';
import type { EnquiryDetail, EnquiryStatus } from '../../api/types';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { Textarea } from '../../ui/Textarea';
import { RequestStatusBadge, STATUS_LABELS } from './request-status';
import { useChangeStatus } from './requests.api';

/** Offers only the moves the server allows from here; declining always asks why. */
export function StatusChangeForm({ request }: { request: EnquiryDetail }) {
  const change = useChangeStatus(request.id);
  const [next, setNext] = useState<EnquiryStatus | ''>('');
  const [reason, setReason] = useState('');
  const [changedTo, setChangedTo] = useState<EnquiryStatus | null>(null);
  const [noChoice, setNoChoice] = useState(false);
  const errors = fieldErrorsOf(change.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNoChoice(!next);
    if (!next) return;
    change.mutate(
      { status: next, ...(reason.trim() ? { reason } : {}) },
      {
        onSuccess: () => {
          setChangedTo(next);
          setNext('');
          setReason('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="status-heading">
      <h2 id="status-heading" className="card-title">
        Status
      </h2>
      <p className="status-now">
        Now: <RequestStatusBadge status={request.status} />
      </p>
      {request.statusReason && <p className="timeline-reason">“{request.statusReason}”</p>}
      {changedTo && !change.error && (
        <Notice key={changedTo} tone="success" live headingLevel={3} takeFocus>
          <p>Status changed to {STATUS_LABELS[changedTo]}.</p>
        </Notice>
      )}
      {request.nextStatuses.length === 0 ? (
        <p className="muted">This person became a client, so the request is complete and its status no longer changes.</p>
      ) : (
        <form className="form form-compact" onSubmit={onSubmit} noValidate>
          <ErrorSummary error={change.error} title="The status was not changed" fields={{ status: 'New status', reason: 'Reason' }} />
          <fieldset
            className={noChoice ? 'field fieldset field-invalid' : 'field fieldset'}
            aria-describedby={noChoice ? 'field-status-error' : undefined}
          >
            <legend className="field-label">Change status to</legend>
            {noChoice && (
              <p className="field-error" id="field-status-error">
                <span className="visually-hidden">Error: </span>Choose the new status first.
              </p>
            )}
            <div className="radio-list" id="field-status">
              {/* Becoming a client is "Open a chart", which opens the chart too; the bare status would leave no chart. */}
              {request.nextStatuses
                .filter((status) => status !== 'became_client')
                .map((status) => (
                  <label key={status} className="radio">
                    <input
                      type="radio"
                      name="status"
                      value={status}
                      checked={next === status}
                      onChange={() => {
                        setNext(status);
                        setChangedTo(null);
                        setNoChoice(false);
                      }}
                    />
                    {STATUS_LABELS[status]}
                  </label>
                ))}
            </div>
          </fieldset>
          <Textarea
            name="reason"
            label="Reason"
            optional={next !== 'declined'}
            hint={
              next === 'declined'
                ? 'Required when declining: say why, so the decision is clear to anyone who reads it later.'
                : 'Required when declining.'
            }
            rows={3}
            value={reason}
            error={errors.reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Button type="submit" busy={change.isPending} busyLabel="Changing…">
            Change status
          </Button>
        </form>
      )}
    </section>
  );
}
