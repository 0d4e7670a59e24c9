import { type MouseEvent, useEffect, useRef } from 'react';
import { firstAnswerId } from './MeasureQuestion';
import type { PortalItem } from './portal.api';

export interface QuestionProblem {
  item: PortalItem;
  /** True when the question has no answer; false when the practice's server refused the answer given. */
  missing: boolean;
}

/** Moves to a question: its first answer takes focus and the whole question, wording included, comes into view. */
function goTo(event: MouseEvent<HTMLAnchorElement>, itemNumber: number) {
  event.preventDefault();
  const input = document.getElementById(firstAnswerId(itemNumber));
  input?.focus({ preventScroll: true });
  document.getElementById(`question-${itemNumber}`)?.scrollIntoView({ block: 'start' });
}

/** At the top of the form after a send that could not go: it takes focus and links to each question still open. */
export function MeasureErrorSummary({ problems, attempt }: { problems: QuestionProblem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus moves on each new attempt to send, not as answers are chosen.
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (problems.length === 0) return null;
  const one = problems.length === 1;
  const allMissing = problems.every((problem) => problem.missing);
  const title = !allMissing
    ? 'Some answers need another look'
    : one
      ? 'One question still needs an answer'
      : 'Some questions still need an answer';
  return (
    <div className="portal-error-summary" ref={ref} tabIndex={-1}>
      <h2 className="portal-error-summary-title">{title}</h2>
      <p>Your other answers are kept. Please choose an answer for {one ? 'this question' : 'each of these'}, then send again.</p>
      <ul className="portal-error-summary-list">
        {problems.map(({ item }) => (
          <li key={item.number}>
            <a href={`#${firstAnswerId(item.number)}`} onClick={(event) => goTo(event, item.number)}>
              Question {item.number}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
