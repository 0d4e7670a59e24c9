import type { ReactNode } from 'react';
import { Checkbox } from './Checkbox';

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

interface CheckboxGroupProps<T extends string> {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string | undefined;
  options: readonly CheckboxOption<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
}

/** A fieldset of checkboxes; the first one carries the `field-<name>` id so an error summary can link to it. */
export function CheckboxGroup<T extends string>({ name, legend, hint, error, options, value, onChange }: CheckboxGroupProps<T>) {
  const hintId = hint ? `field-${name}-hint` : undefined;
  const errorId = error ? `field-${name}-error` : undefined;
  const toggle = (option: T, checked: boolean) => onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset
      className={error ? 'field fieldset field-invalid' : 'field fieldset'}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="field-label">{legend}</legend>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="checkbox-list">
        {options.map((option, index) => (
          <Checkbox
            key={option.value}
            id={index === 0 ? `field-${name}` : `field-${name}-${option.value}`}
            name={name}
            value={option.value}
            label={option.label}
            hint={option.hint}
            checked={value.includes(option.value)}
            onChange={(event) => toggle(option.value, event.currentTarget.checked)}
          />
        ))}
      </div>
    </fieldset>
  );
}
