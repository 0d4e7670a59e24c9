import { useState } from 'react';
import type { IntentionView } from '../../../contracts/preparation.contracts';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { useReviseIntention } from './preparation.api';
import { Versioned } from './Versioned';
import { HistoryToggle } from './VersionHistory';

const kindWord = (i: IntentionView) => (i.kind === 'goal' ? 'Goal' : 'Intention');

/** Every wording of one intention, newest first, each with who wrote it (the client or the therapist) and when. */
export function IntentionVersions({ intention, portalTimeZone }: { intention: IntentionView; portalTimeZone?: string }) {
  return (
    <ol className="version-list">
      {intention.versions.map((v) => (
        <li key={v.version}>
          <Versioned current={v} empty="" portalTimeZone={portalTimeZone} />
          <p className="plan-text">
            {v.text}
            {v.retired ? ' (set aside)' : ''}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The therapist revises with the client in the room; the new wording is a new version and the client's stays in the history. */
function ReviseIntention({ clientId, intention }: { clientId: string; intention: IntentionView }) {
  const revise = useReviseIntention(clientId);
  const [text, setText] = useState<string | null>(null);
  if (text === null) {
    return (
      <Button small variant="quiet" onClick={() => setText(intention.text)}>
        Revise<span className="visually-hidden"> “{intention.text}”</span>
      </Button>
    );
  }
  const send = (retired: boolean) => revise.mutate({ id: intention.id, text, retired }, { onSuccess: () => setText(null) });
  return (
    <form
      className="form form-compact"
      noValidate
      aria-label={`Revise the ${kindWord(intention).toLowerCase()}`}
      onSubmit={(e) => {
        e.preventDefault();
        send(false);
      }}
    >
      <ErrorSummary error={revise.error} title="The intention was not saved" fields={{ text: 'New wording' }} />
      <Textarea
        name="text"
        id={`intention-${intention.id}-text`}
        label="New wording"
        hint="The earlier wording stays in the history, with who wrote it."
        rows={2}
        value={text}
        error={fieldErrorsOf(revise.error).text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <div className="form-actions">
        <Button type="submit" small busy={revise.isPending} busyLabel="Saving…">
          Save a new version
        </Button>
        <Button small variant="quiet" onClick={() => send(true)}>
          Set aside
        </Button>
        <Button small variant="quiet" onClick={() => setText(null)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function IntentionItem({ clientId, intention, canWrite }: { clientId: string; intention: IntentionView; canWrite: boolean }) {
  return (
    <li>
      <p className="prep-list-text">
        <span className="prep-kind">{kindWord(intention)}:</span> {intention.text}
      </p>
      <Versioned current={intention.current} empty="" />
      {canWrite && <ReviseIntention clientId={clientId} intention={intention} />}
      <HistoryToggle label="every version" count={intention.versions.length > 1 ? intention.versions.length : 0}>
        {() => <IntentionVersions intention={intention} />}
      </HistoryToggle>
    </li>
  );
}
