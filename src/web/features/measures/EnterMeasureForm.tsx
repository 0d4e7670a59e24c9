import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { ItemField } from './ItemField';
import type { Answer, Instrument, InstrumentId, MeasureAssignment, RecordedResponse } from './measure-types';
import { useInstrument, useRecordResponse } from './measures.api';

interface EnterMeasureFormProps {
  clientId: string;
  instrumentId: InstrumentId;
  openAssignment: MeasureAssignment | undefined;
  onDone: (recorded: RecordedResponse) => void;
  onCancel: () => void;
}

/** ASQ question 5 is asked only after a yes (or a declined answer) to any of questions 1–4. */
function asked(instrument: Instrument, answers: Record<string, Answer>) {
  const positive = [1, 2, 3, 4].some((n) => answers[n] === 'yes' || answers[n] === 'declined');
  return instrument.items.filter((item) => item.askedOnlyIf !== 'asq-positive-screen' || positive);
}

function Attribution({ instrument }: { instrument: Instrument }) {
  const { attribution } = instrument;
  return (
    <footer className="attribution">
      <p>
        {instrument.title}. {attribution.authors}. {attribution.source}
      </p>
      <p>{attribution.citation}</p>
      <p>{attribution.licence}</p>
    </footer>
  );
}

function Questions({ instrument, ...props }: Omit<EnterMeasureFormProps, 'instrumentId'> & { instrument: Instrument }) {
  const record = useRecordResponse(props.clientId);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [completesAssignment, setCompletesAssignment] = useState(Boolean(props.openAssignment));
  const shown = asked(instrument, answers);
  const errors = fieldErrorsOf(record.error);
  const labels = Object.fromEntries(instrument.items.map((item) => [`answers.${item.number}`, `Question ${item.number}`]));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const kept = Object.fromEntries(Object.entries(answers).filter(([n]) => shown.some((item) => String(item.number) === n)));
    const assignmentId = completesAssignment && props.openAssignment ? props.openAssignment.id : null;
    record.mutate({ instrumentId: instrument.id, answers: kept, assignmentId }, { onSuccess: props.onDone });
  };
  return (
    <form className="card measure-form" onSubmit={onSubmit} noValidate aria-labelledby="enter-heading">
      <h3 id="enter-heading" className="card-title">
        {instrument.title}
      </h3>
      <p className="muted small">
        Entered with the client in session. Read each question exactly as written, and record their answer. Time frame:{' '}
        {instrument.timeframe}.
      </p>
      <ErrorSummary error={record.error} title="The answers were not saved" fields={labels} />
      <p className="measure-instructions">{instrument.instructions}</p>
      {shown.map((item) => (
        <ItemField
          key={item.number}
          instrument={instrument}
          item={item}
          value={answers[item.number]}
          error={errors[`answers.${item.number}`]}
          onChange={(value) => setAnswers({ ...answers, [item.number]: value })}
        />
      ))}
      <Attribution instrument={instrument} />
      {props.openAssignment && (
        <Checkbox
          id="completes-assignment"
          label="This completes the questionnaire already sent to their portal"
          checked={completesAssignment}
          onChange={(event) => setCompletesAssignment(event.currentTarget.checked)}
        />
      )}
      <div className="form-actions">
        <Button type="submit" busy={record.isPending} busyLabel="Saving…">
          Save answers
        </Button>
        <Button variant="quiet" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function EnterMeasureForm(props: EnterMeasureFormProps) {
  const instrument = useInstrument(props.instrumentId);
  if (instrument.isPending) return <Loading label="Loading the questionnaire…" />;
  if (instrument.isError) return <LoadError error={instrument.error} onRetry={() => instrument.refetch()} />;
  return <Questions key={props.instrumentId} instrument={instrument.data} {...props} />;
}
