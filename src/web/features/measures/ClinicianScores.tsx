import { type FormEvent, useState } from 'react';
import { usePractice, usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Table } from '../../ui/Table';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { formatCalendarDate, todayIn } from '../clients';
import { LICENSED_INSTRUMENTS } from './measure-labels';
import type { ClinicianScore } from './measure-types';
import { useRecordClinicianScore } from './measures.api';

const FIELDS = { instrumentName: 'Instrument', score: 'Score', administeredOn: 'Date given', note: 'Note' };

function ScoreForm({ clientId }: { clientId: string }) {
  const timeZone = usePractice().data?.timeZone;
  const record = useRecordClinicianScore(clientId);
  const blank = () => ({ instrumentName: '', score: '', administeredOn: todayIn(timeZone), note: '' });
  const [form, setForm] = useState(blank);
  const errors = fieldErrorsOf(record.error);
  const set = (key: keyof typeof form) => (event: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: event.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // A blank or unreadable score goes as NaN, which JSON sends as null: the server answers "must be a number".
    const score = form.score.trim() === '' ? Number.NaN : Number(form.score.replace(',', '.'));
    record.mutate({ ...form, score }, { onSuccess: () => setForm(blank()) });
  };
  return (
    <form className="form form-compact" onSubmit={onSubmit} noValidate aria-labelledby="score-form-heading">
      <h4 id="score-form-heading" className="subheading">
        Record a score
      </h4>
      <ErrorSummary error={record.error} title="The score was not recorded" fields={FIELDS} />
      <div className="field-row field-row-tight">
        <TextField
          name="instrumentName"
          label={FIELDS.instrumentName}
          list="licensed-instruments"
          value={form.instrumentName}
          error={errors.instrumentName}
          onChange={set('instrumentName')}
        />
        <TextField name="score" label={FIELDS.score} inputMode="decimal" value={form.score} error={errors.score} onChange={set('score')} />
        <TextField
          name="administeredOn"
          type="date"
          label={FIELDS.administeredOn}
          value={form.administeredOn}
          error={errors.administeredOn}
          onChange={set('administeredOn')}
        />
      </div>
      <datalist id="licensed-instruments">
        {LICENSED_INSTRUMENTS.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Textarea name="note" label={FIELDS.note} optional rows={2} value={form.note} error={errors.note} onChange={set('note')} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={record.isPending} busyLabel="Recording…">
          Record score
        </Button>
        <p className="form-done" role="status">
          {record.isSuccess ? `${record.data.instrumentName} score recorded.` : ''}
        </p>
      </div>
    </form>
  );
}

/** Licensed instruments are given on paper or in their own software; Holdspace keeps only the score, by name. */
export function ClinicianScores({ clientId, scores, canRecord }: { clientId: string; scores: ClinicianScore[]; canRecord: boolean }) {
  const time = usePracticeTime();
  return (
    <section className="card" aria-labelledby="scores-heading">
      <h3 id="scores-heading" className="card-title">
        Clinician-entered scores
      </h3>
      <p className="muted small">
        For licensed instruments whose questions Holdspace does not reproduce, such as C-SSRS, CADSS, EBI, CEQ or MEQ-30.
      </p>
      {scores.length === 0 ? (
        <p className="muted">None recorded yet.</p>
      ) : (
        <Table
          caption="Clinician-entered scores"
          hideCaption
          head={
            <tr>
              <th scope="col">Given on</th>
              <th scope="col">Instrument</th>
              <th scope="col" className="numeric">
                Score
              </th>
              <th scope="col">Note</th>
              <th scope="col">Recorded by</th>
            </tr>
          }
        >
          {scores.map((score) => (
            <tr key={score.id}>
              <td>{formatCalendarDate(score.administeredOn)}</td>
              <th scope="row" className="cell-name">
                {score.instrumentName}
              </th>
              <td className="numeric">{score.score}</td>
              <td className="pre-line">{score.note || <span className="muted">—</span>}</td>
              <td>
                {score.recordedByName}
                <span className="muted small"> · {time.shortDate(score.recordedAt)}</span>
              </td>
            </tr>
          ))}
        </Table>
      )}
      {canRecord && (
        <div className="card-divider">
          <ScoreForm clientId={clientId} />
        </div>
      )}
    </section>
  );
}
