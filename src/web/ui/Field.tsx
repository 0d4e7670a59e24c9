import type { ReactNode } from 'react';

export interface FieldProps {
  /** The server's field path; the control's id is `field-<name>` so an error summary can link to it. */
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
  id?: string;
}

export function fieldIds(props: Pick<FieldProps, 'name' | 'id' | 'hint' | 'error'>) {
  const id = props.id ?? `field-${props.name}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = props.error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return { id, hintId, errorId, describedBy };
}

/** Label, hint and error for one control, wired with aria-describedby and aria-invalid by the caller. */
export function Field({ label, hint, error, optional, children, ...props }: FieldProps & { children: ReactNode }) {
  const { id, hintId, errorId } = fieldIds({ ...props, hint, error });
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> (optional)</span>}
      </label>
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
      {children}
    </div>
  );
}
