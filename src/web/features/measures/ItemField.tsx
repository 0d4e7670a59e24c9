import type { Answer, Instrument, InstrumentItem } from './measure-types';

interface ItemFieldProps {
  instrument: Instrument;
  item: InstrumentItem;
  value: Answer | undefined;
  error: string | undefined;
  onChange: (value: Answer) => void;
}

function optionsFor(instrument: Instrument, item: InstrumentItem) {
  const options = item.options ?? instrument.options;
  return item.kind === 'yes-no' && !item.allowsDeclined ? options.filter((o) => o.value !== 'declined') : options;
}

/**
 * One question in its official wording, as a group of labelled radios. The first radio carries the id an
 * error summary links to ("field-answers.9").
 */
export function ItemField({ instrument, item, value, error, onChange }: ItemFieldProps) {
  const id = `field-answers.${item.number}`;
  const options = optionsFor(instrument, item);
  const wide = options.length > 4;
  return (
    <fieldset className={error ? 'measure-item field-invalid' : 'measure-item'} aria-describedby={error ? `${id}-error` : undefined}>
      {item.lead && <p className="measure-lead">{item.lead}</p>}
      <legend className="measure-question">
        <span className="measure-number">{item.number}.</span> {item.text}
        {!item.required && !item.askedOnlyIf && <span className="field-optional"> (optional{item.scored ? '' : ', not scored'})</span>}
      </legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className={wide ? 'measure-options measure-options-scale' : 'measure-options'}>
        {options.map((option, index) => (
          <label key={String(option.value)} className="radio measure-option">
            <input
              type="radio"
              name={`item-${item.number}`}
              id={index === 0 ? id : `${id}-${option.value}`}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value as Answer)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {item.followUpPrompts && item.followUpPrompts.length > 0 && (
        <p className="measure-followup small muted">
          Then ask: {item.followUpPrompts.map((prompt) => `“${prompt}”`).join(' ')} Holdspace keeps only the answer above; note their words
          in your own record.
        </p>
      )}
    </fieldset>
  );
}
