import { type FormEvent, useState } from 'react';
import type { ApiError } from '../../api/api-error';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import type { ClinicalSettings } from '../medical';
import {
  MONITORING_LABELS,
  MonitoringFields,
  type MonitoringForm,
  monitoringBody,
  monitoringForm,
  UnitField,
  unreadableNumbers,
  useSaveClinicalSettings,
} from '../medical';

const LABELS = { ...MONITORING_LABELS, pcl5Threshold: 'PCL-5 cut-off (total)', clientIdleMinutes: 'Client portal idle time (minutes)' };

const whole = (text: string) => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));

/** The prescriber's form. Numbers are checked on the server, which names any that contradict each other. */
export function ClinicalSettingsForm({ settings }: { settings: ClinicalSettings }) {
  const save = useSaveClinicalSettings();
  const [monitoring, setMonitoring] = useState<MonitoringForm>(() => monitoringForm(settings.monitoring));
  const [pcl5, setPcl5] = useState(String(settings.pcl5Threshold));
  const [idle, setIdle] = useState(String(settings.clientIdleMinutes));
  const [unreadable, setUnreadable] = useState<ApiError | null>(null);
  const error = unreadable ?? save.error;
  const errors = fieldErrorsOf(error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problem = unreadableNumbers(monitoring, { pcl5Threshold: pcl5, clientIdleMinutes: idle });
    setUnreadable(problem);
    if (problem) return save.reset();
    save.mutate({
      monitoring: monitoringBody(monitoring),
      pcl5Threshold: whole(pcl5) as number,
      clientIdleMinutes: whole(idle) as number,
    });
  };
  const changed = () => save.isSuccess && save.reset();
  return (
    <form className="form form-wide" onSubmit={onSubmit} noValidate>
      <ErrorSummary error={error} title="The settings were not saved" fields={LABELS} />
      <MonitoringFields
        value={monitoring}
        errors={errors}
        onChange={(next) => {
          setMonitoring(next);
          changed();
        }}
      />
      <fieldset className="form-section">
        <legend className="form-section-title">Measures and the client portal</legend>
        <div className="unit-grid">
          <UnitField
            name="pcl5Threshold"
            label="PCL-5 cut-off"
            unit="total or more"
            hint="Shown as at or above the screening cut-off; the literature uses 31–33."
            value={pcl5}
            error={errors.pcl5Threshold}
            onChange={(event) => {
              setPcl5(event.currentTarget.value);
              changed();
            }}
          />
          <UnitField
            name="clientIdleMinutes"
            label="End a client’s portal session after"
            unit="idle minutes"
            value={idle}
            error={errors.clientIdleMinutes}
            onChange={(event) => {
              setIdle(event.currentTarget.value);
              changed();
            }}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save clinical settings
        </Button>
        <div role="status" className="form-done">
          {save.isSuccess && (
            <Notice tone="success" headingLevel={3}>
              <p>Clinical settings saved. New clearances start from these numbers; existing ones keep theirs.</p>
            </Notice>
          )}
        </div>
      </div>
    </form>
  );
}
