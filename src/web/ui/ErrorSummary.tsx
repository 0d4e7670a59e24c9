import { useEffect, useRef } from 'react';
import { ApiError, errorMessage, sentence } from '../api/api-error';

interface ErrorSummaryProps {
  error: unknown;
  /** Field path → label, for the links to each field. Paths not listed still show, unlinked. */
  fields?: Record<string, string>;
  title?: string;
}

/**
 * Shown at the top of a form when sending it failed. It takes focus so a screen reader hears what
 * went wrong at once, and links to each field that needs attention.
 */
export function ErrorSummary({ error, fields = {}, title = 'There is a problem' }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const issues = error instanceof ApiError ? error.issues : [];
  return (
    <div className="error-summary" ref={ref} tabIndex={-1}>
      <h2 className="error-summary-title">{title}</h2>
      <p>{errorMessage(error)}</p>
      {issues.length > 0 && (
        <ul className="error-summary-list">
          {issues.map((issue) => {
            const label = fields[issue.path];
            return (
              <li key={`${issue.path}:${issue.message}`}>
                {label ? <a href={`#field-${issue.path}`}>{`${label}: ${sentence(issue.message)}`}</a> : sentence(issue.message)}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The message beside a field, from a failed request. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors() : {};
}
