import type { InputHTMLAttributes, ReactNode } from 'react';

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & { label: ReactNode; hint?: ReactNode };

/** One checkbox with its label to the right; the whole row is the target. */
export function Checkbox({ id, label, hint, ...input }: CheckboxProps & { id: string }) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="checkbox">
      <input type="checkbox" id={id} className="checkbox-input" aria-describedby={hintId} {...input} />
      <label htmlFor={id} className="checkbox-label">
        {label}
        {hint && (
          <span className="checkbox-hint" id={hintId}>
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}
