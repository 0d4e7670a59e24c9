import type { ConsultationDecision } from '../../../domain/consultations/consultation-record';
import { CONSULTATION_DECISIONS, DECISION_HINTS, DRAFT_LABELS } from './consultation-labels';

interface DecisionFieldProps {
  value: ConsultationDecision | null;
  error: string | undefined;
  onChange: (value: ConsultationDecision) => void;
}

/** One choice, each with what signing it will do; the first radio carries the id an error summary links to. */
export function DecisionField({ value, error, onChange }: DecisionFieldProps) {
  return (
    <fieldset
      className={error ? 'field fieldset field-invalid' : 'field fieldset'}
      aria-describedby={error ? 'field-decision-error' : undefined}
    >
      <legend className="field-label">{DRAFT_LABELS.decision}</legend>
      {error && (
        <p className="field-error" id="field-decision-error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="radio-list">
        {CONSULTATION_DECISIONS.map((decision, index) => (
          <label key={decision.code} className="radio radio-with-hint">
            <input
              type="radio"
              name="decision"
              id={index === 0 ? 'field-decision' : `field-decision-${decision.code}`}
              value={decision.code}
              checked={value === decision.code}
              onChange={() => onChange(decision.code)}
            />
            <span className="radio-text">
              <span>{decision.label}</span>
              <span className="radio-hint">{DECISION_HINTS[decision.code]}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
