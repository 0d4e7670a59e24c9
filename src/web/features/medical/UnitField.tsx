import type { InputHTMLAttributes } from 'react';
import { Field, fieldIds } from '../../ui/Field';

type UnitFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'> & {
  name: string;
  label: string;
  unit: string;
  error?: string | undefined;
  hint?: string;
};

/** A short number with its unit beside it; the unit is part of what a screen reader hears. */
export function UnitField({ name, label, unit, error, hint, className, ...input }: UnitFieldProps) {
  const ids = fieldIds({ name, hint, error });
  const unitId = `${ids.id}-unit`;
  return (
    <Field name={name} label={label} hint={hint} error={error}>
      <span className="unit-row">
        <input
          id={ids.id}
          name={name}
          className={['input', 'input-number', className].filter(Boolean).join(' ')}
          aria-describedby={[unitId, ids.describedBy].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          inputMode="decimal"
          autoComplete="off"
          {...input}
        />
        <span className="unit" id={unitId}>
          {unit}
        </span>
      </span>
    </Field>
  );
}
