import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { meKey } from '../../api/query-client';
import type { CurrentUser, SignInResponse } from '../../api/types';
import { PublicFrame } from '../../app/PublicFrame';
import { safeNext, useCurrentUserQuery } from '../../kernel/session';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { type EnrolmentConfirmed, RecoveryCodes, type SignInStep, TwoFactorEnrolment } from '../account';
import { SecondFactorStep } from './SecondFactorStep';

/** Clients belong in their portal and staff in the staff app, whichever page the link named. */
function destinationFor(user: CurrentUser, next: string): string {
  const portal = next === '/portal' || next.startsWith('/portal/');
  if (user.kind === 'client') return portal ? next : '/portal';
  return portal ? '/' : next;
}

function SignedOut({ client }: { client: boolean }) {
  return (
    <Notice tone="success" live>
      <p>{client ? 'You have signed out. Take good care of yourself.' : 'You have signed out. Thank you for today’s work.'}</p>
    </Notice>
  );
}

export function SignInPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useCurrentUserQuery();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));
  const signedOutState = (location.state as { signedOut?: boolean | 'client' } | null)?.signedOut;
  const signedOut = signedOutState === true || signedOutState === 'client';

  const [step, setStep] = useState<'password' | 'second_factor' | 'enrolment'>('password');
  const [recoveryCodes, setRecoveryCodes] = useState<{ codes: string[]; user: CurrentUser } | null>(null);
  const signedIn = (user: CurrentUser) => {
    // A fresh session: nothing cached from anyone before.
    queryClient.clear();
    queryClient.setQueryData(meKey, user);
    navigate(destinationFor(user, next), { replace: true });
  };
  const signIn = useMutation({
    mutationFn: () => api.post<SignInStep>('/auth/sign-in', { email, password }),
    onSuccess: (result) => {
      setPassword('');
      if (result.status === 'signed_in') signedIn(result.user);
      else setStep(result.status === 'second_factor_required' ? 'second_factor' : 'enrolment');
    },
  });
  const restart = () => {
    signIn.reset();
    setStep('password');
  };

  if (me.data && !signIn.isPending && !recoveryCodes) return <Navigate to={destinationFor(me.data, next)} replace />;

  if (recoveryCodes)
    return (
      <PublicFrame title="Two-factor sign-in is on">
        <RecoveryCodes codes={recoveryCodes.codes} doneLabel="I have saved them, continue" onDone={() => signedIn(recoveryCodes.user)} />
      </PublicFrame>
    );
  if (step === 'second_factor')
    return (
      <PublicFrame title="Sign in">
        <SecondFactorStep onSignedIn={(result: SignInResponse) => signedIn(result.user)} onRestart={restart} />
      </PublicFrame>
    );
  if (step === 'enrolment')
    return (
      <PublicFrame title="Set up two-factor sign-in">
        <p>Your practice asks staff to sign in with a second step: a code from an app on your phone. It takes a minute to set up, once.</p>
        <TwoFactorEnrolment
          onConfirmed={(result: EnrolmentConfirmed) => {
            if (result.user) {
              queryClient.setQueryData(meKey, result.user);
              setRecoveryCodes({ codes: result.recoveryCodes, user: result.user });
            } else restart();
          }}
        />
        <p className="small">
          <button type="button" className="link-button" onClick={restart}>
            Start again from the password
          </button>
        </p>
      </PublicFrame>
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };
  const errors = fieldErrorsOf(signIn.error);

  return (
    <PublicFrame title="Sign in">
      {signedOut && !signIn.error && <SignedOut client={signedOutState === 'client'} />}
      {params.get('next') && !signIn.error && !signedOut && <p className="muted">Please sign in to continue where you were.</p>}
      <ErrorSummary error={signIn.error} title="You are not signed in yet" fields={{ email: 'Email', password: 'Password' }} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" busy={signIn.isPending} className="button-wide">
          Sign in
        </Button>
      </form>
      <p className="muted small">
        Forgotten your password, or lost your phone? Your practice’s admin can send you a link to choose a new password.
      </p>
    </PublicFrame>
  );
}
