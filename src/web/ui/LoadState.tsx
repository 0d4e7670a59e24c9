import { errorMessage, isApiError } from '../api/api-error';
import { Button } from './Button';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

/** When loading a screen's data failed: what happened, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message =
    isApiError(error) && error.status >= 500
      ? 'Something went wrong while loading this. Nothing was changed. Please try again.'
      : errorMessage(error);
  return (
    <div className="load-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
