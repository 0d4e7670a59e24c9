import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { useAccount } from '../account';
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
  const [code, setCode] = useState('');
  // Someone with two-factor sign-in proves it is them with a code too.
  const account = useAccount();
  const needsCode = account.data?.twoFactor.enrolled === true;
  const errors = fieldErrorsOf(open.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    open.mutate(
      { reason, password, ...(needsCode ? { code } : {}) },
      {
        onSettled: () => {
          setPassword('');
          setCode('');
        },
      },
    );
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
        Say why you need it and enter your password again{needsCode ? ', with a code from your authenticator app' : ''}. The care team will
        see your name and your reason, and the chart closes again by itself.
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          error={open.error}
          fields={{ reason: 'Reason', password: 'Your password', code: 'Code from your authenticator app' }}
        />
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
        {needsCode && (
          <TextField
            name="code"
            label="Code from your authenticator app"
            hint="Or one of your recovery codes."
            inputMode="numeric"
            autoComplete="one-time-code"
            className="input-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={errors.code}
            required
          />
        )}
        <Button type="submit" busy={open.isPending} busyLabel="Opening…">
          Open the chart
        </Button>
      </form>
    </section>
  );
}
