import { useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { useRestoreDefault } from './public-pages.api';

/** Restoring throws away the practice's words, so it asks first. */
export function RestoreDefault({ slug, onRestored }: { slug: string; onRestored: () => void }) {
  const restore = useRestoreDefault(slug);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <Button variant="quiet" onClick={() => setAsking(true)}>
        Restore default text
      </Button>
    );
  }
  return (
    <div className="confirm-box">
      <p>
        <strong>Replace this page with Holdspace’s default text?</strong> Your wording for this page will be lost, and the page will be
        marked for review again.
      </p>
      <ErrorSummary error={restore.error} title="The page was not restored" />
      <div className="button-row">
        <Button
          variant="danger"
          busy={restore.isPending}
          busyLabel="Restoring…"
          onClick={() =>
            restore.mutate(undefined, {
              onSuccess: () => {
                setAsking(false);
                onRestored();
              },
            })
          }
        >
          Yes, restore the default text
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          Keep my text
        </Button>
      </div>
    </div>
  );
}
