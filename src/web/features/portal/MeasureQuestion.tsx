import { memo } from 'react';
import type { AnswerValue, PortalItem, PortalOption } from './portal.api';

interface MeasureQuestionProps {
  item: PortalItem;
  options: PortalOption[];
  value: AnswerValue | undefined;
  optional: boolean;
  error: string | undefined;
  onAnswer: (itemNumber: number, value: AnswerValue) => void;
}

/** The id of a question's first answer, where an error summary link takes the person. */
export function firstAnswerId(itemNumber: number): string {
  return `answer-${itemNumber}-0`;
}

/** One question: its exact wording as the legend, each answer a whole-row radio button. */
export const MeasureQuestion = memo(function MeasureQuestion({ item, options, value, optional, error, onAnswer }: MeasureQuestionProps) {
  const errorId = `question-${item.number}-error`;
  return (
    <fieldset
      id={`question-${item.number}`}
      className={error ? 'portal-question portal-question-invalid' : 'portal-question'}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="portal-question-text">
        <span className="portal-question-number">{item.number}.</span> {item.text}
        {optional && <span className="portal-question-optional"> (optional)</span>}
      </legend>
      {error && (
        <p className="portal-question-error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="portal-options">
        {options.map((option, index) => (
          <label key={String(option.value)} className="portal-option" htmlFor={`answer-${item.number}-${index}`}>
            <input
              type="radio"
              id={`answer-${item.number}-${index}`}
              name={`question-${item.number}`}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onAnswer(item.number, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});
