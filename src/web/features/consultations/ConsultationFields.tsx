import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { DRAFT_LABELS, PRESENTING_CONCERNS, RELATED_THERAPIES } from './consultation-labels';
import type { DraftForm } from './consultations.api';
import { DecisionField } from './DecisionField';

type TextKey = 'emotionalHistory' | 'traumaHistory' | 'priorTreatment' | 'currentMedications' | 'goals' | 'fitNotes' | 'decisionReasons';

const HINTS: Partial<Record<TextKey, string>> = {
  priorTreatment: 'Therapy, medication and other care: what helped and what did not.',
  currentMedications: 'As they told you. The prescriber records the medical screening separately.',
  goals: 'In their words where you can.',
  fitNotes: 'Readiness, support at home, concerns; what makes this approach a fit or not.',
};

interface ConsultationFieldsProps {
  form: DraftForm;
  errors: Record<string, string>;
  onChange: (form: DraftForm) => void;
}

export function ConsultationFields({ form, errors, onChange }: ConsultationFieldsProps) {
  const text = (key: TextKey, rows = 4, optional = true) => (
    <Textarea
      name={key}
      label={DRAFT_LABELS[key]}
      hint={HINTS[key]}
      optional={optional}
      rows={rows}
      value={form[key]}
      error={errors[key]}
      onChange={(event) => onChange({ ...form, [key]: event.currentTarget.value })}
    />
  );
  return (
    <>
      <fieldset className="form-section">
        <legend className="form-section-title">The consultation</legend>
        <TextField
          name="heldOn"
          type="date"
          label={DRAFT_LABELS.heldOn}
          className="input-date"
          value={form.heldOn}
          error={errors.heldOn}
          onChange={(event) => onChange({ ...form, heldOn: event.currentTarget.value })}
        />
        <CheckboxGroup
          name="presentingConcerns"
          legend={DRAFT_LABELS.presentingConcerns}
          hint="Choose every one that fits."
          options={PRESENTING_CONCERNS.map((c) => ({ value: c.code, label: c.label }))}
          value={form.presentingConcerns}
          error={errors.presentingConcerns}
          onChange={(presentingConcerns) => onChange({ ...form, presentingConcerns })}
        />
        {form.presentingConcerns.includes('other') && (
          <TextField
            name="presentingOther"
            label={DRAFT_LABELS.presentingOther}
            value={form.presentingOther}
            error={errors.presentingOther}
            onChange={(event) => onChange({ ...form, presentingOther: event.currentTarget.value })}
          />
        )}
        {text('goals', 3, false)}
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">History</legend>
        {text('emotionalHistory')}
        {text('traumaHistory')}
        {text('priorTreatment')}
        {text('currentMedications', 3)}
        <CheckboxGroup
          name="relatedTherapies"
          legend={`${DRAFT_LABELS.relatedTherapies} (optional)`}
          options={RELATED_THERAPIES.map((t) => ({ value: t.code, label: t.label }))}
          value={form.relatedTherapies}
          error={errors.relatedTherapies}
          onChange={(relatedTherapies) => onChange({ ...form, relatedTherapies })}
        />
        {form.relatedTherapies.includes('other') && (
          <TextField
            name="relatedOther"
            label={DRAFT_LABELS.relatedOther}
            value={form.relatedOther}
            error={errors.relatedOther}
            onChange={(event) => onChange({ ...form, relatedOther: event.currentTarget.value })}
          />
        )}
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">Fit and decision</legend>
        {text('fitNotes')}
        <DecisionField value={form.decision} error={errors.decision} onChange={(decision) => onChange({ ...form, decision })} />
        {text('decisionReasons', 3, false)}
      </fieldset>
    </>
  );
}
