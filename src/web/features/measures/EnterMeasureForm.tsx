import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useDraftAutosave } from '../../kernel/draft-autosave';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { flagKeys } from '../safety-flags';
import { EntryDraftStatus } from './EntryDraftStatus';
import { ItemField } from './ItemField';
import type { Answer, Instrument, InstrumentId, MeasureAssignment, RecordedResponse } from './measure-types';
import { measureKeys, newEntryId, saveEntryDraft, useInstrument, useRecordResponse } from './measures.api';

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

/** The questions still open, named the way the server names them, so one error summary shows both. */
function missingAnswers(missing: number[]): ApiError {
  return new ApiError(400, {
    code: 'bad_request',
    message: `Some questions are not answered yet: ${missing.join(', ')}.`,
    issues: missing.map((n) => ({ path: `answers.${n}`, message: 'please answer this question' })),
  });
}

/** Beside the save button once questions are open: keeping it now keeps it as incomplete, never scored. */
function IncompleteChoice({ missing, onKeep }: { missing: number[]; onKeep: () => void }) {
  const one = missing.length === 1;
  return (
    <div className="incomplete-choice">
      <p className="small">
        If the client would rather not answer {one ? 'it' : 'them'}, you can save the response as incomplete: it is kept with{' '}
        {one ? 'question' : 'questions'} {missing.join(', ')} marked as not answered, and is not scored.
      </p>
      <Button variant="secondary" onClick={onKeep}>
        Save as incomplete
      </Button>
    </div>
  );
}

function Questions({ instrument, ...props }: Omit<EnterMeasureFormProps, 'instrumentId'> & { instrument: Instrument }) {
  const record = useRecordResponse(props.clientId);
  const queryClient = useQueryClient();
  const [entryId] = useState(newEntryId);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [flagged, setFlagged] = useState(false);
  // Set once per attempt to save (a new object would move focus to the summary again).
  const [missingError, setMissingError] = useState<ApiError | null>(null);
  const [completesAssignment, setCompletesAssignment] = useState(Boolean(props.openAssignment));
  const shown = asked(instrument, answers);
  const kept = Object.fromEntries(Object.entries(answers).filter(([n]) => shown.some((item) => String(item.number) === n)));
  const draft = useDraftAutosave({
    value: kept,
    save: (value, keepalive) => saveEntryDraft(props.clientId, entryId, { instrumentId: instrument.id, answers: value }, keepalive),
    onSaved: (saved) => {
      if (saved.flagsRaised.length > 0) {
        // The flag is on the chart and the care team's dashboards now, not only once the form is saved.
        void queryClient.invalidateQueries({ queryKey: flagKeys.all });
        void queryClient.invalidateQueries({ queryKey: measureKeys.client(props.clientId) });
      }
      if (saved.flagged) setFlagged(true);
    },
  });
  const stillOpen = shown
    .filter((item) => (item.required || item.askedOnlyIf) && kept[item.number] === undefined)
    .map((item) => item.number);
  const shownError = record.error ?? missingError;
  const errors = fieldErrorsOf(shownError);
  const labels = Object.fromEntries(instrument.items.map((item) => [`answers.${item.number}`, `Question ${item.number}`]));
  const send = () => {
    setMissingError(null);
    const assignmentId = completesAssignment && props.openAssignment ? props.openAssignment.id : null;
    draft.cancel();
    record.mutate(
      { instrumentId: instrument.id, answers: kept, assignmentId, entryId },
      { onSuccess: props.onDone, onError: draft.resume },
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    record.reset();
    if (stillOpen.length > 0) setMissingError(missingAnswers(stillOpen));
    else send();
  };
  return (
    <form className="card measure-form" onSubmit={onSubmit} noValidate aria-labelledby="enter-heading">
      <h3 id="enter-heading" className="card-title">
        {instrument.title}
      </h3>
      <p className="muted small">
        Entered with the client in session. Read each question exactly as written, and record their answer. Time frame:{' '}
        {instrument.timeframe}. Each answer is saved as you record it.
      </p>
      <ErrorSummary error={shownError} title="The answers were not saved" fields={labels} />
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
      {flagged && (
        <Notice tone="warning" headingLevel={3} title="A safety flag was raised" live>
          <p>
            An answer here raised a safety flag. It is on this chart’s overview and the care team’s dashboards until someone acknowledges it
            with a note. Changing the answer does not clear it.
          </p>
        </Notice>
      )}
      <Attribution instrument={instrument} />
      {props.openAssignment && (
        <Checkbox
          id="completes-assignment"
          label="This completes the questionnaire already sent to their portal"
          checked={completesAssignment}
          onChange={(event) => setCompletesAssignment(event.currentTarget.checked)}
        />
      )}
      {missingError && stillOpen.length > 0 && <IncompleteChoice missing={stillOpen} onKeep={send} />}
      <EntryDraftStatus state={draft.state} refusal={draft.refusal} />
      <div className="form-actions">
        <Button type="submit" busy={record.isPending} busyLabel="Saving…">
          Save answers
        </Button>
        <Button variant="quiet" onClick={props.onCancel}>
          Close
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
