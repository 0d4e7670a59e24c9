import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { useFragmentToken } from '../../app/fragment-token';
import { NewPasswordField } from '../../app/NewPasswordField';
import { PublicFrame } from '../../app/PublicFrame';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';

function LinkNotUsable() {
  return (
    <PublicFrame title="This link no longer works">
      <p>Links to choose a new password work once and for an hour, so this one has been used already or run out of time.</p>
      <p>Please ask your practice’s admin to send you a new one.</p>
      <p>
        <a href="/app/sign-in">Go to sign in</a>
      </p>
    </PublicFrame>
  );
}

/** From the link an admin sent: choose a new password. It signs nobody in; signing in (with any second factor) follows. */
export function ResetPasswordPage() {
  const token = useFragmentToken();
  const preview = useQuery({
    queryKey: ['password-reset', token],
    queryFn: () => api.post<{ email: string; displayName: string }>('/password-reset/preview', { token }),
    enabled: token.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const [password, setPassword] = useState('');
  const complete = useMutation({
    mutationFn: () => api.post<{ email: string; kind: 'staff' | 'client' }>('/password-reset/complete', { token, password }),
  });

  if (!token || isApiError(preview.error, 404) || isApiError(preview.error, 400) || isApiError(complete.error, 404))
    return <LinkNotUsable />;
  if (complete.isSuccess)
    return (
      <PublicFrame title="Your new password is set">
        <Notice tone="success" live takeFocus>
          <p>You can now sign in with it. Any device that was signed in as you has been signed out.</p>
        </Notice>
        <p>
          <a className="button button-primary" href={`/app/sign-in${complete.data.kind === 'client' ? '?next=/portal' : ''}`}>
            Sign in
          </a>
        </p>
      </PublicFrame>
    );
  if (preview.isPending)
    return (
      <PublicFrame title="Choose a new password">
        <Loading label="Opening your link…" />
      </PublicFrame>
    );
  if (preview.isError)
    return (
      <PublicFrame title="Choose a new password">
        <LoadError error={preview.error} onRetry={() => preview.refetch()} />
      </PublicFrame>
    );
  const errors = fieldErrorsOf(complete.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate();
  };
  return (
    <PublicFrame title="Choose a new password">
      <p>
        Hello {preview.data.displayName}. Choose a new password for {preview.data.email}.
      </p>
      <ErrorSummary error={complete.error} title="Your password was not changed" fields={{ password: 'New password' }} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <input type="email" name="username" autoComplete="username" value={preview.data.email} readOnly hidden />
        <NewPasswordField
          label="New password"
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" busy={complete.isPending} busyLabel="Saving…" className="button-wide">
          Set new password
        </Button>
      </form>
    </PublicFrame>
  );
}
