import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { usePractice } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { todayIn } from '../clients';
import { MonitoringFields } from './MonitoringFields';
import { useClinicalSettings, useRecordClearance } from './medical.api';
import type { MonitoringSettings } from './medical-types';
import { MONITORING_LABELS, type MonitoringForm, monitoringBody, monitoringForm, unreadableNumbers } from './monitoring-form';

const LABELS = { clearedOn: 'Cleared on', validUntil: 'Valid until', conditions: 'Conditions', ...MONITORING_LABELS };

function Form({ clientId, defaults }: { clientId: string; defaults: MonitoringSettings }) {
  const timeZone = usePractice().data?.timeZone;
  const record = useRecordClearance(clientId);
  const blank = () => ({ clearedOn: todayIn(timeZone), validUntil: '', conditions: '' });
  const [form, setForm] = useState(blank);
  const [monitoring, setMonitoring] = useState<MonitoringForm>(() => monitoringForm(defaults));
  const [unreadable, setUnreadable] = useState<ApiError | null>(null);
  const error = unreadable ?? record.error;
  const errors = fieldErrorsOf(error);
  const set = (key: keyof typeof form) => (event: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: event.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problem = unreadableNumbers(monitoring);
    setUnreadable(problem);
    if (problem) return record.reset();
    record.mutate({ ...form, monitoring: monitoringBody(monitoring) }, { onSuccess: () => setForm(blank()) });
  };
  return (
    <form className="card form form-compact" onSubmit={onSubmit} noValidate aria-labelledby="clearance-form-heading">
      <h3 id="clearance-form-heading" className="card-title">
        Record a medical clearance
      </h3>
      <ErrorSummary error={error} title="The clearance was not recorded" fields={LABELS} />
      <div className="field-row field-row-tight">
        <TextField
          name="clearedOn"
          type="date"
          label={LABELS.clearedOn}
          value={form.clearedOn}
          error={errors.clearedOn}
          onChange={set('clearedOn')}
        />
        <TextField
          name="validUntil"
          type="date"
          label={LABELS.validUntil}
          hint="The last day it holds."
          value={form.validUntil}
          error={errors.validUntil}
          onChange={set('validUntil')}
        />
      </div>
      <Textarea
        name="conditions"
        label={LABELS.conditions}
        optional
        rows={3}
        hint="The whole care team sees these, for example “recheck blood pressure before each session”."
        value={form.conditions}
        error={errors.conditions}
        onChange={set('conditions')}
      />
      <p className="field-hint">
        Monitoring for this client, filled in from the practice’s clinical settings. Change any number for them alone.
      </p>
      <MonitoringFields value={monitoring} errors={errors} onChange={setMonitoring} />
      <div className="form-actions">
        <Button type="submit" busy={record.isPending} busyLabel="Recording…">
          Record clearance
        </Button>
        <p className="form-done" role="status">
          {record.isSuccess ? 'Clearance recorded.' : ''}
        </p>
      </div>
    </form>
  );
}

export function ClearanceForm({ clientId }: { clientId: string }) {
  const settings = useClinicalSettings();
  if (settings.isPending) return <Loading label="Loading the practice’s monitoring defaults…" />;
  if (settings.isError) return <LoadError error={settings.error} onRetry={() => settings.refetch()} />;
  return <Form clientId={clientId} defaults={settings.data.monitoring} />;
}
