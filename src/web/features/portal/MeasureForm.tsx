import type { UseMutationResult } from '@tanstack/react-query';
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../api/api-error';
import { useDraftAutosave } from '../../kernel/draft-autosave';
import { Notice } from '../../ui/Notice';
import { CrisisResources } from './CrisisResources';
import { DraftStatus } from './DraftStatus';
import { MeasureAttribution } from './MeasureAttribution';
import { MeasureErrorSummary, type QuestionProblem } from './MeasureErrorSummary';
import { MeasureQuestion } from './MeasureQuestion';
import { answersToSend, itemsInIssues, needsAnswer, optionsFor, progressOf, unansweredItems, visibleItems } from './measure-form';
import { PortalHeading } from './PortalHeading';
import { type Answers, type AnswerValue, type PortalAssignment, type SubmitResult, saveDraft } from './portal.api';
import { usePortalTitle } from './portal-context';

const MISSING = 'Please choose an answer to this question.';
const CHECK = 'Please choose this answer again.';

interface MeasureFormProps {
  assignment: PortalAssignment;
  send: UseMutationResult<SubmitResult, Error, Answers>;
}

/**
 * Every question on one screen. Each answer is saved on the server a moment after it is chosen, so
 * nothing is lost when the page closes, and an answer that raises a safety flag reaches the care team
 * then — the crisis resources appear at once, in the same calm words as after sending. Never a score.
 */
export function MeasureForm({ assignment, send }: MeasureFormProps) {
  const { instrument } = assignment;
  usePortalTitle(instrument.id);
  const [answers, setAnswers] = useState<Answers>(() => ({ ...(assignment.draft?.answers ?? {}) }));
  const [disclosed, setDisclosed] = useState(assignment.showCrisisResources);
  const [alert, setAlert] = useState(assignment.careTeamAlert);
  const draft = useDraftAutosave({
    value: answersToSend(instrument, answers),
    save: (value, keepalive) => saveDraft(assignment.id, value, keepalive),
    onSaved: (saved) => {
      if (saved.showCrisisResources) setDisclosed(true);
      if (saved.careTeamAlert) setAlert(saved.careTeamAlert);
    },
  });
  // Questions flagged at the last attempt to send; each clears as soon as it is answered.
  const [flagged, setFlagged] = useState<ReadonlyMap<number, boolean>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);

  const shown = useMemo(() => visibleItems(instrument, answers), [instrument, answers]);
  const progress = progressOf(instrument, answers);
  const followUps = shown.filter((item) => item.askedOnlyIf !== undefined);
  const problems: QuestionProblem[] = shown.flatMap((item) => {
    const missing = flagged.get(item.number);
    return missing === undefined ? [] : [{ item, missing }];
  });

  const onAnswer = useCallback((itemNumber: number, value: AnswerValue) => {
    setAnswers((current) => ({ ...current, [itemNumber]: value }));
    setFlagged((current) => {
      if (!current.has(itemNumber)) return current;
      const next = new Map(current);
      next.delete(itemNumber);
      return next;
    });
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const open = unansweredItems(instrument, answers);
    if (open.length > 0) {
      setFlagged(new Map(open.map((n) => [n, true])));
      setAttempt((n) => n + 1);
      return;
    }
    draft.cancel();
    send.mutate(answersToSend(instrument, answers), {
      onError: (error) => {
        draft.resume();
        const refused = error instanceof ApiError && error.status === 400 ? itemsInIssues(error.issues) : [];
        if (refused.length === 0) {
          setFailure(error);
          return;
        }
        setFlagged(new Map(refused.map((n) => [n, answers[n] === undefined])));
        setAttempt((n) => n + 1);
      },
    });
  };

  return (
    <form className="portal-measure" onSubmit={onSubmit} noValidate aria-labelledby="measure-title">
      <PortalHeading id="measure-title">{instrument.title}</PortalHeading>
      <div className="portal-instructions">
        <p className="portal-instructions-text">{instrument.instructions}</p>
        <p className="portal-timeframe">
          <span className="portal-timeframe-label">Time frame:</span> {instrument.timeframe}
        </p>
      </div>
      <p className="portal-hint">Choose the answer that fits best. There are no right or wrong answers.</p>
      <MeasureErrorSummary problems={problems} attempt={attempt} />
      {failure !== null && (
        <Notice tone="danger" title="Your answers were not sent" live>
          <p>{errorMessage(failure)} Your answers are still here.</p>
        </Notice>
      )}
      <div className="portal-questions">
        {shown.map((item) => (
          <MeasureQuestion
            key={item.number}
            item={item}
            options={optionsFor(instrument, item)}
            value={answers[item.number]}
            optional={!needsAnswer(item)}
            error={flagged.has(item.number) ? (flagged.get(item.number) ? MISSING : CHECK) : undefined}
            onAnswer={onAnswer}
          />
        ))}
      </div>
      {disclosed && <CrisisResources crisis={assignment.crisis} careTeamAlert={alert} />}
      <p className="visually-hidden" aria-live="polite">
        {disclosed && 'Support is shown below your answers. '}
        {followUps.length > 0 && `One more question has appeared: question ${followUps.map((item) => item.number).join(', ')}.`}
      </p>
      <div className="portal-send">
        <p className="portal-progress">
          {progress.answered} of {progress.total} answered
        </p>
        <DraftStatus state={draft.state} refusal={draft.refusal} />
        <button
          type="submit"
          className="portal-button portal-button-primary"
          disabled={send.isPending}
          aria-busy={send.isPending || undefined}
        >
          {send.isPending ? 'Sending…' : 'Send my answers'}
        </button>
      </div>
      <MeasureAttribution attribution={instrument.attribution} />
    </form>
  );
}
