import { type FormEvent, useState } from 'react';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { useRecordScreening } from './medical.api';
import type { ClientMedical, ScreeningAnswer } from './medical-types';

type Entry = { answer: ScreeningAnswer | ''; note: string };
const ANSWERS: { value: ScreeningAnswer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unknown', label: 'Unknown' },
];

function startFrom(medical: ClientMedical): Record<string, Entry> {
  const last = medical.screenings[0]?.answers ?? {};
  return Object.fromEntries(medical.checklist.map((item) => [item.code, last[item.code] ?? { answer: '', note: '' }]));
}

function ChecklistItem({
  code,
  label,
  entry,
  error,
  onChange,
}: {
  code: string;
  label: string;
  entry: Entry;
  error?: string | undefined;
  onChange: (entry: Entry) => void;
}) {
  const id = `field-answers.${code}`;
  return (
    <fieldset className={error ? 'screening-item field-invalid' : 'screening-item'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="screening-label">{label}</legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="screening-row">
        <div className="answer-group">
          {ANSWERS.map((answer, index) => (
            <label key={answer.value} className="radio radio-compact">
              <input
                type="radio"
                name={`screening-${code}`}
                id={index === 0 ? id : `${id}-${answer.value}`}
                checked={entry.answer === answer.value}
                onChange={() => onChange({ ...entry, answer: answer.value })}
              />
              {answer.label}
            </label>
          ))}
        </div>
        <div className="screening-note">
          <label className="screening-note-label" htmlFor={`${id}.note`}>
            Note<span className="visually-hidden"> on {label}</span>
          </label>
          <input
            id={`${id}.note`}
            className="input"
            value={entry.note}
            onChange={(event) => onChange({ ...entry, note: event.currentTarget.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}

/** The prescriber's contraindication checklist: every item yes, no or unknown, with a note. Recorded, never decided. */
export function ScreeningForm({ clientId, medical }: { clientId: string; medical: ClientMedical }) {
  const time = usePracticeTime();
  const record = useRecordScreening(clientId);
  const [answers, setAnswers] = useState(() => startFrom(medical));
  const [notes, setNotes] = useState(medical.screenings[0]?.notes ?? '');
  const errors = fieldErrorsOf(record.error);
  const labels = Object.fromEntries(medical.checklist.map((item) => [`answers.${item.code}`, item.label]));
  const last = medical.screenings[0];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const answered = Object.entries(answers).filter(
      (entry): entry is [string, { answer: ScreeningAnswer; note: string }] => entry[1].answer !== '',
    );
    record.mutate({ answers: Object.fromEntries(answered), notes });
  };
  return (
    <form className="card form form-compact" onSubmit={onSubmit} noValidate aria-labelledby="screening-heading">
      <h3 id="screening-heading" className="card-title">
        Medical screening checklist
      </h3>
      <p className="muted small">
        {last
          ? `Last recorded by ${last.prescriberName}, ${time.dateTime(last.recordedAt)}; answers are carried over for you to review. `
          : ''}
        Answer every item. For “Unknown”, note what is unknown and how it will be found out.
      </p>
      <ErrorSummary error={record.error} title="The screening was not saved" fields={labels} />
      <div className="screening-list">
        {medical.checklist.map((item) => (
          <ChecklistItem
            key={item.code}
            code={item.code}
            label={item.label}
            entry={answers[item.code] ?? { answer: '', note: '' }}
            error={errors[`answers.${item.code}`]}
            onChange={(entry) => setAnswers({ ...answers, [item.code]: entry })}
          />
        ))}
      </div>
      <Textarea
        name="notes"
        label="General notes"
        optional
        rows={3}
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        hint="Seen by the prescriber only."
      />
      <div className="form-actions">
        <Button type="submit" busy={record.isPending} busyLabel="Saving…">
          Save the screening
        </Button>
        <p className="form-done" role="status">
          {record.isSuccess ? 'Screening saved.' : ''}
        </p>
      </div>
    </form>
  );
}
