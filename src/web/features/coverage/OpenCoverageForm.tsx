import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { useOpenCoverage } from './coverage.api';

/**
 * Break-the-glass, offered from a chart that is not open to this person or from a safety flag: a reason and
 * the password again. The care team is told, and the chart closes again by itself.
 */
export function OpenCoverageForm({ clientId }: { clientId: string }) {
  const [shown, setShown] = useState(false);
  const open = useOpenCoverage(clientId);
  const [reason, setReason] = useState('');
  const [password, setPassword] = useState('');
  const errors = fieldErrorsOf(open.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    open.mutate({ reason, password }, { onSettled: () => setPassword('') });
  }

  if (!shown) {
    return (
      <section className="card" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className="card-title">
          Covering for a colleague?
        </h2>
        <p>If you need this chart to care for someone now, you can open it for a few hours. The care team will be told.</p>
        <Button variant="secondary" onClick={() => setShown(true)}>
          Open this chart for coverage
        </Button>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" className="card-title">
        Open this chart for coverage
      </h2>
      <p>
        Say why you need it and enter your password again. The care team will see your name and your reason, and the chart closes again by
        itself.
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary error={open.error} fields={{ reason: 'Reason', password: 'Your password' }} />
        <Textarea
          name="reason"
          label="Reason"
          hint="For example: covering the on-call phone tonight for the client's therapist."
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errors.reason}
          rows={3}
          required
        />
        <TextField
          name="password"
          label="Your password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
          required
        />
        <Button type="submit" busy={open.isPending} busyLabel="Opening…">
          Open the chart
        </Button>
      </form>
    </section>
  );
}
