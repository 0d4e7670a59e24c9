import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { PracticeSettings, PracticeSettingsResponse } from '../../api/types';
import { practiceKey, usePractice, usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { useSaveSignInSettings, useSignInSettings } from '../account';
import { TimeZoneField } from './TimeZoneField';

const FIELDS: Record<keyof PracticeSettings, string> = {
  practiceName: 'Practice name',
  therapistName: 'Therapist’s name',
  email: 'Practice email',
  phone: 'Practice phone',
  address: 'Address',
  timeZone: 'Time zone',
  emergencyNumber: 'Local emergency number',
};

/** Only the fields the form edits, whatever else the settings response carries. */
function pick(settings: PracticeSettingsResponse): PracticeSettings {
  const { practiceName, therapistName, email, phone, address, timeZone, emergencyNumber } = settings;
  return { practiceName, therapistName, email, phone, address, timeZone, emergencyNumber };
}

export function PracticeSettingsPage() {
  const practice = usePractice();
  const time = usePracticeTime();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<PracticeSettings | null>(null);
  const save = useMutation({
    mutationFn: (body: PracticeSettings) => api.put<PracticeSettingsResponse>('/practice', body),
    onSuccess: (saved) => queryClient.setQueryData(practiceKey, saved),
  });
  useEffect(() => {
    if (practice.data && !form) setForm(pick(practice.data));
  }, [practice.data, form]);

  const header = (
    <PageHeader
      title="Practice settings"
      lead="How the practice appears on its public pages and in mail, and the time zone every screen uses."
    />
  );
  if (practice.isError)
    return (
      <>
        {header}
        <LoadError error={practice.error} onRetry={() => practice.refetch()} />
      </>
    );
  if (!form)
    return (
      <>
        {header}
        <Loading />
      </>
    );

  const errors = fieldErrorsOf(save.error);
  const field = (
    key: Exclude<keyof PracticeSettings, 'timeZone' | 'address'>,
    extra: { hint?: string; type?: string; optional?: boolean; autoComplete?: string } = {},
  ) => (
    <TextField
      name={key}
      label={FIELDS[key]}
      value={form[key]}
      error={errors[key]}
      onChange={(event) => {
        setForm({ ...form, [key]: event.currentTarget.value });
        save.reset();
      }}
      {...extra}
    />
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(form);
  };

  return (
    <>
      {header}
      <form className="form form-page" onSubmit={onSubmit} noValidate>
        <ErrorSummary error={save.error} title="The settings were not saved" fields={FIELDS} />
        <fieldset className="form-section">
          <legend className="form-section-title">The practice</legend>
          {field('practiceName', { hint: 'Shown at the top of every public page.', autoComplete: 'organization' })}
          {field('therapistName', { hint: 'Where the public pages speak of the therapist, this name is used.' })}
        </fieldset>
        <fieldset className="form-section">
          <legend className="form-section-title">Contact</legend>
          {field('email', { type: 'email', optional: true, autoComplete: 'email' })}
          {field('phone', { type: 'tel', optional: true, autoComplete: 'tel' })}
          <Textarea
            name="address"
            label={FIELDS.address}
            optional
            rows={3}
            value={form.address}
            error={errors.address}
            onChange={(event) => {
              setForm({ ...form, address: event.currentTarget.value });
              save.reset();
            }}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend className="form-section-title">Time and safety</legend>
          <TimeZoneField
            value={form.timeZone}
            error={errors.timeZone}
            onChange={(timeZone) => {
              setForm({ ...form, timeZone });
              save.reset();
            }}
          />
          {field('emergencyNumber', {
            hint: 'Every public page carries a short crisis notice with 988 and this number, such as 911, 999 or 112.',
          })}
        </fieldset>
        <div className="form-actions">
          <Button type="submit" busy={save.isPending} busyLabel="Saving…">
            Save settings
          </Button>
          <div role="status" className="form-done">
            {save.isSuccess && (
              <Notice tone="success" headingLevel={3}>
                <p>Settings saved{save.data.updatedAt ? ` at ${time.dateTime(save.data.updatedAt)}` : ''}.</p>
              </Notice>
            )}
          </div>
        </div>
        {!save.isSuccess && practice.data?.updatedAt && (
          <p className="muted small">Last changed {time.dateTime(practice.data.updatedAt)}.</p>
        )}
      </form>
      <SignInSettingsCard />
    </>
  );
}

/** Whether staff must sign in with a second factor (on by default). Saved on its own, at once. */
function SignInSettingsCard() {
  const settings = useSignInSettings();
  const save = useSaveSignInSettings();
  if (!settings.data) return null;
  return (
    <section className="card section" aria-labelledby="sign-in-settings-title">
      <h2 id="sign-in-settings-title" className="card-title">
        Signing in
      </h2>
      <ErrorSummary error={save.error} title="The sign-in setting was not saved" />
      <Checkbox
        id="field-staffTwoFactor"
        name="staffTwoFactor"
        label="Staff sign in with two-factor sign-in"
        hint="After the password, a code from an app on their phone. Recommended: the charts here are as private as records get. Clients can choose it for themselves either way."
        checked={save.isPending ? !settings.data.staffTwoFactor : settings.data.staffTwoFactor}
        disabled={save.isPending}
        onChange={(event) => save.mutate({ staffTwoFactor: event.currentTarget.checked })}
      />
      <div role="status" className="form-done">
        {save.isSuccess && (
          <p className="small">
            {save.data.staffTwoFactor
              ? 'Saved: staff without it set up will be asked to set it up the next time they sign in.'
              : 'Saved: staff may sign in with their password alone, unless they have set up two-factor sign-in.'}
          </p>
        )}
      </div>
    </section>
  );
}
