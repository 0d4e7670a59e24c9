import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { TextField } from '../../ui/TextField';
import { type Enrolment, type EnrolmentConfirmed, useConfirmEnrolment } from './account.api';

/** The key in groups of four, as authenticator apps show it and people type it. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

/**
 * Setting up an authenticator app: the QR code (drawn on the server, no remote service), the key to type
 * instead, and a code from the app to prove it works. Used from the account page and part way through signing in.
 */
export function TwoFactorEnrolment({
  onConfirmed,
  headingLevel = 2,
}: {
  onConfirmed: (result: EnrolmentConfirmed) => void;
  headingLevel?: 2 | 3;
}) {
  // A query, not an effect, so a double mount asks for one secret, not two.
  const enrolment = useQuery({
    queryKey: ['two-factor-enrolment'],
    queryFn: () => api.post<Enrolment>('/auth/two-factor/enrolment'),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
  });
  const confirm = useConfirmEnrolment();
  const [code, setCode] = useState('');
  const H = headingLevel === 2 ? 'h2' : 'h3';

  if (enrolment.isPending) return <Loading label="Preparing your setup code…" />;
  if (enrolment.isError) return <LoadError error={enrolment.error} onRetry={() => enrolment.refetch()} />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(code, { onSuccess: onConfirmed });
  };
  const errors = fieldErrorsOf(confirm.error);
  return (
    <div className="stack-large enrolment">
      <ol className="steps">
        <li>
          <H className="step-title">Add Holdspace to your authenticator app</H>
          <p>
            Open an authenticator app on your phone (for example one from your phone’s maker, or a password manager) and scan this code.
          </p>
          <img className="qr-code" src={enrolment.data.qrCode} alt="QR code to scan with your authenticator app" width={200} height={200} />
          <p className="small">Cannot scan? Choose to enter a key by hand, and type this key:</p>
          <p>
            <code className="secret-key">{grouped(enrolment.data.secret)}</code>
          </p>
          <p className="muted small">
            It will show as {enrolment.data.issuer}, {enrolment.data.account}.
          </p>
        </li>
        <li>
          <H className="step-title">Enter the code it shows</H>
          <ErrorSummary error={confirm.error} title="Two-factor sign-in is not on yet" fields={{ code: 'Code from your app' }} />
          <form className="form" onSubmit={onSubmit} noValidate>
            <TextField
              name="code"
              label="Code from your app"
              hint="Six digits. A new one appears every 30 seconds."
              inputMode="numeric"
              autoComplete="one-time-code"
              className="input-code"
              value={code}
              error={errors.code}
              onChange={(event) => setCode(event.currentTarget.value)}
            />
            <Button type="submit" busy={confirm.isPending} busyLabel="Checking…">
              Turn on two-factor sign-in
            </Button>
          </form>
        </li>
      </ol>
    </div>
  );
}

/** Shown once, right after they are made: only their hashes are kept. */
export function RecoveryCodes({ codes, onDone, doneLabel }: { codes: string[]; onDone: () => void; doneLabel: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack-large" aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title" tabIndex={-1} ref={heading}>
        Save your recovery codes
      </h2>
      <p>
        If you lose your phone, each of these codes lets you sign in once instead of a code from the app. Keep them somewhere safe, such as
        a password manager. They will not be shown again.
      </p>
      <ul className="recovery-codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <Button onClick={onDone}>{doneLabel}</Button>
    </section>
  );
}
