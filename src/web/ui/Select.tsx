import type { SelectHTMLAttributes } from 'react';
import { Field, type FieldProps, fieldIds } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'> & {
  options: readonly SelectOption[];
  placeholder?: string;
};

export function Select({ name, label, hint, error, optional, id, options, placeholder, className, ...select }: FieldProps & SelectProps) {
  const ids = fieldIds({ name, id, hint, error });
  return (
    <Field name={name} id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={ids.id}
        name={name}
        className={['input', 'select', className].filter(Boolean).join(' ')}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
