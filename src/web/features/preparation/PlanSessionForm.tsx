import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import type { Client } from '../clients';
import { usePlanSession } from './preparation.api';

const LABELS = {
  date: 'Date',
  startTime: 'Start time',
  expectedMinutes: 'Expected length (minutes)',
  therapistId: 'Therapist',
  prescriberId: 'Prescriber',
  room: 'Room',
};

/** Planning goes ahead while gate items are open (a warning); a clash with another session is refused by the server, named. */
export function PlanSessionForm({ client }: { client: Client }) {
  const plan = usePlanSession(client.id);
  const people = (role: string) => client.careTeam.filter((m) => m.role === role).map((m) => ({ value: m.userId, label: m.displayName }));
  const coFacilitators = client.careTeam.filter((m) => m.role === 'co_facilitator');
  const [form, setForm] = useState({
    date: '',
    startTime: '09:00',
    expectedMinutes: '180',
    therapistId: people('therapist')[0]?.value ?? '',
    prescriberId: people('prescriber')[0]?.value ?? '',
    prescriberPresence: 'in_room',
    room: '',
  });
  const [co, setCo] = useState<string[]>([]);
  const errors = fieldErrorsOf(plan.error);
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    plan.mutate({
      ...form,
      expectedMinutes: Number(form.expectedMinutes),
      prescriberPresence: form.prescriberPresence as 'in_room' | 'on_call',
      coFacilitatorIds: co,
    });
  };
  return (
    <form className="card form form-compact" onSubmit={onSubmit} noValidate aria-labelledby="plan-heading">
      <h3 id="plan-heading" className="card-title">
        Plan a ketamine session
      </h3>
      <ErrorSummary error={plan.error} title="The session was not planned" fields={LABELS} />
      {plan.data?.warning && (
        <Notice tone="warning" title="Planned, with items still open" headingLevel={3} live>
          <p>{plan.data.warning}</p>
        </Notice>
      )}
      {plan.data && !plan.data.warning && (
        <Notice tone="success" title="Session planned" headingLevel={3} live>
          <p>Every gate requirement is met for that day.</p>
        </Notice>
      )}
      <div className="field-row field-row-tight">
        <TextField name="date" type="date" label={LABELS.date} value={form.date} error={errors.date} onChange={set('date')} />
        <TextField
          name="startTime"
          type="time"
          label={LABELS.startTime}
          value={form.startTime}
          error={errors.startTime}
          onChange={set('startTime')}
        />
        <TextField
          name="expectedMinutes"
          type="number"
          inputMode="numeric"
          label={LABELS.expectedMinutes}
          value={form.expectedMinutes}
          error={errors.expectedMinutes}
          onChange={set('expectedMinutes')}
        />
      </div>
      <div className="field-row field-row-tight">
        <Select
          name="therapistId"
          label={LABELS.therapistId}
          options={people('therapist')}
          value={form.therapistId}
          error={errors.therapistId}
          onChange={set('therapistId')}
        />
        <Select
          name="prescriberId"
          label={LABELS.prescriberId}
          options={people('prescriber')}
          value={form.prescriberId}
          error={errors.prescriberId}
          onChange={set('prescriberId')}
        />
        <Select
          name="prescriberPresence"
          label="The prescriber will be"
          options={[
            { value: 'in_room', label: 'In the room' },
            { value: 'on_call', label: 'On call' },
          ]}
          value={form.prescriberPresence}
          onChange={set('prescriberPresence')}
        />
      </div>
      {coFacilitators.length > 0 && (
        <fieldset className="field fieldset">
          <legend className="field-label">Co-facilitators</legend>
          {coFacilitators.map((m) => (
            <div className="checkbox" key={m.userId}>
              <input
                type="checkbox"
                className="checkbox-input"
                id={`co-${m.userId}`}
                checked={co.includes(m.userId)}
                onChange={(e) => setCo(e.currentTarget.checked ? [...co, m.userId] : co.filter((id) => id !== m.userId))}
              />
              <label htmlFor={`co-${m.userId}`} className="checkbox-label">
                {m.displayName}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <TextField name="room" label={LABELS.room} value={form.room} error={errors.room} onChange={set('room')} />
      <div className="form-actions">
        <Button type="submit" busy={plan.isPending} busyLabel="Planning…">
          Plan session
        </Button>
      </div>
    </form>
  );
}
