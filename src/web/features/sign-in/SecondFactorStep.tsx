import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type { SignInResponse } from '../../api/types';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';

/** The second step of signing in: a code from the authenticator app, or one of the recovery codes. */
export function SecondFactorStep({ onSignedIn, onRestart }: { onSignedIn: (result: SignInResponse) => void; onRestart: () => void }) {
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const verify = useMutation({
    mutationFn: () => api.post<SignInResponse>('/auth/two-factor', { code }),
    onSuccess: onSignedIn,
  });
  const expired = isApiError(verify.error, 401);
  const errors = fieldErrorsOf(verify.error);
  const label = recovery ? 'Recovery code' : 'Code from your authenticator app';
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate();
  };
  return (
    <div className="stack-large">
      <h2 ref={heading} tabIndex={-1}>
        Enter your code
      </h2>
      <p>
        {recovery
          ? 'Enter one of the recovery codes you saved. Each works once.'
          : 'Open your authenticator app and enter the six-digit code it shows for Holdspace.'}
      </p>
      <ErrorSummary error={verify.error} title="You are not signed in yet" fields={{ code: label }} />
      {expired ? (
        <Button onClick={onRestart}>Sign in again</Button>
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextField
            name="code"
            label={label}
            inputMode={recovery ? 'text' : 'numeric'}
            autoComplete="one-time-code"
            autoCapitalize="off"
            spellCheck={false}
            className="input-code"
            value={code}
            error={errors.code}
            onChange={(event) => setCode(event.currentTarget.value)}
          />
          <Button type="submit" busy={verify.isPending} busyLabel="Checking…" className="button-wide">
            Sign in
          </Button>
        </form>
      )}
      <p className="small">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setRecovery(!recovery);
            setCode('');
            verify.reset();
          }}
        >
          {recovery ? 'Use a code from the app instead' : 'Lost your phone? Use a recovery code'}
        </button>
      </p>
    </div>
  );
}
