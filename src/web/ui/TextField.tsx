import type { InputHTMLAttributes } from 'react';
import { Field, type FieldProps, fieldIds } from './Field';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>;

export function TextField({ name, label, hint, error, optional, id, className, ...input }: FieldProps & InputProps) {
  const ids = fieldIds({ name, id, hint, error });
  return (
    <Field name={name} id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={ids.id}
        name={name}
        className={['input', className].filter(Boolean).join(' ')}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </Field>
  );
}
