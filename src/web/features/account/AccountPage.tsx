import { type FormEvent, useState } from 'react';
import { NewPasswordField } from '../../app/NewPasswordField';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { type Account, useAccount, useChangePassword, useChangeShortName, useRemoveTwoFactor, useRenewRecoveryCodes } from './account.api';
import { RecoveryCodes, TwoFactorEnrolment } from './TwoFactorEnrolment';

function NameCard({ account }: { account: Account }) {
  const save = useChangeShortName();
  const [shortName, setShortName] = useState(account.shortName ?? '');
  const errors = fieldErrorsOf(save.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(shortName);
  };
  return (
    <section className="card" aria-labelledby="name-title">
      <h2 className="card-title" id="name-title">
        Your name
      </h2>
      <dl className="facts">
        <div>
          <dt>Shown to others as</dt>
          <dd>{account.displayName}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{account.email}</dd>
        </div>
      </dl>
      {account.kind === 'staff' && <p className="muted small">Your practice’s admin sets the name others see. Ask them to change it.</p>}
      {save.isSuccess && (
        <Notice tone="success" live>
          <p>Saved.</p>
        </Notice>
      )}
      <ErrorSummary error={save.error} title="Your short name was not saved" fields={{ shortName: 'What to call you' }} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          name="shortName"
          label="What to call you"
          hint="Used to greet you, for example “Sam”. Leave it empty to be greeted by your full name."
          optional
          autoComplete="nickname"
          value={shortName}
          error={errors.shortName}
          onChange={(event) => {
            setShortName(event.currentTarget.value);
            save.reset();
          }}
        />
        <Button type="submit" variant="secondary" busy={save.isPending}>
          Save short name
        </Button>
      </form>
    </section>
  );
}

const PASSWORD_FIELDS = { currentPassword: 'Current password', newPassword: 'New password' };

function PasswordCard() {
  const change = useChangePassword();
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const errors = fieldErrorsOf(change.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(form, { onSuccess: () => setForm({ currentPassword: '', newPassword: '' }) });
  };
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 className="card-title" id="password-title">
        Change your password
      </h2>
      {change.isSuccess && (
        <Notice tone="success" live takeFocus>
          <p>Your password is changed. Any other device signed in as you has been signed out.</p>
        </Notice>
      )}
      <ErrorSummary error={change.error} title="Your password was not changed" fields={PASSWORD_FIELDS} />
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextField
          name="currentPassword"
          label={PASSWORD_FIELDS.currentPassword}
          type="password"
          autoComplete="current-password"
          value={form.currentPassword}
          error={errors.currentPassword}
          onChange={(event) => setForm({ ...form, currentPassword: event.currentTarget.value })}
        />
        <NewPasswordField
          name="newPassword"
          label={PASSWORD_FIELDS.newPassword}
          value={form.newPassword}
          error={errors.newPassword}
          onChange={(event) => setForm({ ...form, newPassword: event.currentTarget.value })}
        />
        <Button type="submit" busy={change.isPending} busyLabel="Changing…">
          Change password
        </Button>
      </form>
    </section>
  );
}

/** Turning it off, or making new recovery codes: both ask for the password again. */
function PasswordConfirmedAction({
  label,
  busyLabel,
  run,
  error,
  busy,
  danger,
}: {
  label: string;
  busyLabel: string;
  run: (password: string) => void;
  error: unknown;
  busy: boolean;
  danger?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  if (!open)
    return (
      <Button variant={danger ? 'quiet' : 'secondary'} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  const errors = fieldErrorsOf(error);
  return (
    <form
      className="form confirm-inline"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        run(password);
      }}
    >
      <ErrorSummary error={error} title="Nothing changed" fields={{ password: 'Your password' }} />
      <TextField
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        value={password}
        error={errors.password}
        onChange={(event) => setPassword(event.currentTarget.value)}
      />
      <div className="button-row">
        <Button type="submit" variant={danger ? 'danger' : 'primary'} busy={busy} busyLabel={busyLabel}>
          {label}
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function TwoFactorCard({ account }: { account: Account }) {
  const [enrolling, setEnrolling] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const remove = useRemoveTwoFactor();
  const renew = useRenewRecoveryCodes();
  const { enrolled, required, recoveryCodesLeft } = account.twoFactor;
  return (
    <section className="card" aria-labelledby="two-factor-title">
      <h2 className="card-title" id="two-factor-title">
        Two-factor sign-in
      </h2>
      {codes ? (
        <RecoveryCodes codes={codes} doneLabel="I have saved them" onDone={() => setCodes(null)} />
      ) : enrolling ? (
        <TwoFactorEnrolment
          headingLevel={3}
          onConfirmed={(result) => {
            setEnrolling(false);
            setCodes(result.recoveryCodes);
          }}
        />
      ) : enrolled ? (
        <>
          <p>
            <strong>On.</strong> Signing in asks for a code from your authenticator app after your password. You have {recoveryCodesLeft}{' '}
            unused recovery {recoveryCodesLeft === 1 ? 'code' : 'codes'}.
          </p>
          <div className="stack">
            <PasswordConfirmedAction
              label="Make new recovery codes"
              busyLabel="Making codes…"
              busy={renew.isPending}
              error={renew.error}
              run={(password) => renew.mutate(password, { onSuccess: (result) => setCodes(result.recoveryCodes) })}
            />
            {required ? (
              <p className="muted small">Your practice requires two-factor sign-in for staff, so it stays on.</p>
            ) : (
              <PasswordConfirmedAction
                danger
                label="Turn off two-factor sign-in"
                busyLabel="Turning off…"
                busy={remove.isPending}
                error={remove.error}
                run={(password) => remove.mutate(password)}
              />
            )}
          </div>
        </>
      ) : (
        <>
          <p>
            <strong>Off.</strong> With it on, signing in also asks for a six-digit code from an app on your phone, so a password alone is
            not enough for anyone else.
          </p>
          <Button onClick={() => setEnrolling(true)}>Set up two-factor sign-in</Button>
        </>
      )}
    </section>
  );
}

/** Your own account, for staff and clients alike: the name you are greeted by, your password, two-factor sign-in. */
export function AccountPage() {
  const account = useAccount();
  const header = <PageHeader title="Your account" lead="Your name, your password and how you sign in." />;
  if (account.isPending)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  if (account.isError)
    return (
      <>
        {header}
        <LoadError error={account.error} onRetry={() => account.refetch()} />
      </>
    );
  return (
    <>
      {header}
      <div className="stack-cards">
        <NameCard account={account.data} />
        <PasswordCard />
        <TwoFactorCard account={account.data} />
      </div>
    </>
  );
}
