import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps, fieldIds } from './Field';

type TextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>;

export function Textarea({ name, label, hint, error, optional, id, className, ...textarea }: FieldProps & TextareaProps) {
  const ids = fieldIds({ name, id, hint, error });
  return (
    <Field name={name} id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={ids.id}
        name={name}
        className={['input', 'textarea', className].filter(Boolean).join(' ')}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        {...textarea}
      />
    </Field>
  );
}
