import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { nameMidSentence } from '../../../domain/practice/placeholder-names';
import { isApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { meKey } from '../../api/query-client';
import type { InvitationPreview, SignInResponse } from '../../api/types';
import { useFragmentToken } from '../../app/fragment-token';
import { NewPasswordField } from '../../app/NewPasswordField';
import { PublicFrame } from '../../app/PublicFrame';
import { roleList } from '../../kernel/access';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { TextField } from '../../ui/TextField';

const FIELDS = { shortName: 'What to call you', password: 'Choose a password' };

function LinkNotUsable() {
  return (
    <PublicFrame title="This invitation link no longer works">
      <p>Invitation links work once and expire after a few days, so this one has either been used already or run out of time.</p>
      <p>Please ask the person who invited you for a new link. If you have already set your password, you can sign in.</p>
      <p>
        <a href="/app/sign-in">Go to sign in</a>
      </p>
    </PublicFrame>
  );
}

export function AcceptInvitationPage() {
  const token = useFragmentToken();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.post<InvitationPreview>('/invitations/preview', { token }),
    enabled: token.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const [shortName, setShortName] = useState('');
  const [password, setPassword] = useState('');
  const accept = useMutation({
    mutationFn: () => api.post<SignInResponse>('/invitations/accept', { token, shortName, password }),
    onSuccess: (result) => {
      queryClient.clear();
      queryClient.setQueryData(meKey, result.user);
      navigate(result.user.kind === 'client' ? '/portal' : '/', { replace: true });
    },
  });

  if (!token || isApiError(preview.error, 404) || isApiError(preview.error, 400) || isApiError(accept.error, 404)) return <LinkNotUsable />;
  if (preview.isPending)
    return (
      <PublicFrame title="Join your practice">
        <Loading label="Opening your invitation…" />
      </PublicFrame>
    );
  if (preview.isError)
    return (
      <PublicFrame title="Join your practice">
        <LoadError error={preview.error} onRetry={() => preview.refetch()} />
      </PublicFrame>
    );

  const invitation = preview.data;
  const errors = fieldErrorsOf(accept.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate();
  };

  if (invitation.roles.includes('client')) {
    // A client's name is already on their invitation, so they only choose a password.
    return (
      <PublicFrame title={`Welcome, ${invitation.displayName}`}>
        <p>Choose a password for your private space at {nameMidSentence(invitation.practiceName)}.</p>
        <p>It is where you will find the short questionnaires your therapist asks you to fill in. Only you and your care team see them.</p>
        <p className="muted">You will sign in with {invitation.email}.</p>
        <ErrorSummary error={accept.error} fields={FIELDS} />
        <form className="form" onSubmit={onSubmit} noValidate>
          <NewPasswordField
            label={FIELDS.password}
            value={password}
            error={errors.password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <Button type="submit" busy={accept.isPending} busyLabel="Opening your space…" className="button-wide">
            Set my password
          </Button>
        </form>
      </PublicFrame>
    );
  }

  return (
    <PublicFrame title={`Join ${nameMidSentence(invitation.practiceName)}`}>
      <p>
        You have been invited to {nameMidSentence(invitation.practiceName)} on Holdspace. Choose a password to finish setting up your
        account.
      </p>
      <dl className="facts">
        <div>
          <dt>Your name, as colleagues see it</dt>
          <dd>{invitation.displayName}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>{invitation.roles.length > 1 ? 'Roles' : 'Role'}</dt>
          <dd>{roleList(invitation.roles)}</dd>
        </div>
      </dl>
      <ErrorSummary error={accept.error} fields={FIELDS} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          name="shortName"
          label={FIELDS.shortName}
          hint="Optional: the name Holdspace greets you by, such as “Sam”. Your admin can change the name colleagues see."
          optional
          autoComplete="nickname"
          value={shortName}
          error={errors.shortName}
          onChange={(event) => setShortName(event.currentTarget.value)}
        />
        <NewPasswordField
          label={FIELDS.password}
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" busy={accept.isPending} busyLabel="Setting up your account…" className="button-wide">
          Set password and sign in
        </Button>
      </form>
    </PublicFrame>
  );
}
