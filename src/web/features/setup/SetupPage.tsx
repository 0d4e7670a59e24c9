import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { meKey } from '../../api/query-client';
import type { SignInResponse } from '../../api/types';
import { useFragmentToken } from '../../app/fragment-token';
import { NewPasswordField } from '../../app/NewPasswordField';
import { PublicFrame, useSetupStatus } from '../../app/PublicFrame';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { TextField } from '../../ui/TextField';

const FIELDS = { displayName: 'Your name', email: 'Email', password: 'Password', token: 'Setup link' };

/** The first visit: the person holding the one-time link from the terminal becomes the first admin. */
export function SetupPage() {
  const token = useFragmentToken();
  const status = useSetupStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ displayName: '', email: '', password: '', alsoTherapist: false });
  const setup = useMutation({
    mutationFn: () => api.post<SignInResponse>('/setup', { token, ...form }),
    onSuccess: (result) => {
      queryClient.clear();
      queryClient.setQueryData(meKey, result.user);
      navigate('/', { replace: true });
    },
  });

  if (status.isPending)
    return (
      <PublicFrame title="Set up Holdspace">
        <Loading />
      </PublicFrame>
    );
  if (status.isError)
    return (
      <PublicFrame title="Set up Holdspace">
        <LoadError error={status.error} onRetry={() => status.refetch()} />
      </PublicFrame>
    );
  if (!status.data.needsSetup && !setup.isSuccess) {
    return (
      <PublicFrame title="Holdspace is already set up">
        <p>This practice already has its first admin, so the setup link no longer works.</p>
        <p>
          <Link to="/sign-in">Go to sign in</Link>
        </p>
      </PublicFrame>
    );
  }
  if (!token) {
    return (
      <PublicFrame title="Set up Holdspace">
        <p>This page needs the one-time setup link that Holdspace printed in the terminal when it started.</p>
        <p>
          Open that link in full (it ends with <code>#token=</code> and a long code), or restart Holdspace to print a new one.
        </p>
      </PublicFrame>
    );
  }

  const errors = fieldErrorsOf(setup.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setup.mutate();
  };
  const set = (key: 'displayName' | 'email' | 'password') => (event: ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [key]: event.currentTarget.value });

  return (
    <PublicFrame title="Set up Holdspace">
      <p>
        Welcome. You are creating the practice’s first account. It will be the admin: it invites the rest of the team and looks after
        settings.
      </p>
      <ErrorSummary error={setup.error} fields={FIELDS} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          name="displayName"
          label={FIELDS.displayName}
          autoComplete="name"
          value={form.displayName}
          error={errors.displayName}
          onChange={set('displayName')}
        />
        <TextField
          name="email"
          label={FIELDS.email}
          type="email"
          autoComplete="email"
          value={form.email}
          error={errors.email}
          onChange={set('email')}
        />
        <NewPasswordField label={FIELDS.password} value={form.password} error={errors.password} onChange={set('password')} />
        <Checkbox
          id="field-alsoTherapist"
          label="I am also the practice’s therapist"
          hint="Tick this if you will also see clients and work the request queue."
          checked={form.alsoTherapist}
          onChange={(event) => setForm({ ...form, alsoTherapist: event.currentTarget.checked })}
        />
        <Button type="submit" busy={setup.isPending} busyLabel="Creating your account…" className="button-wide">
          Create my account
        </Button>
      </form>
    </PublicFrame>
  );
}
