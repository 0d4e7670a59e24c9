import { type FormEvent, useState } from 'react';
import type { IntentionView } from '../../../contracts/preparation.contracts';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { Textarea } from '../../ui/Textarea';
import { PortalHeading, usePortal, usePortalTitle } from '../portal';
import { HistoryToggle, IntentionVersions } from '../preparation';
import { PortalBack } from './PortalBack';
import { usePortalAddIntention, usePortalIntentions, usePortalReviseIntention } from './portal-prep.api';

function Revise({ intention }: { intention: IntentionView }) {
  const revise = usePortalReviseIntention();
  const [text, setText] = useState<string | null>(null);
  if (text === null) {
    return (
      <button type="button" className="portal-button portal-button-secondary" onClick={() => setText(intention.text)}>
        Revise
      </button>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        revise.mutate({ id: intention.id, text }, { onSuccess: () => setText(null) });
      }}
    >
      <ErrorSummary error={revise.error} title="Not saved yet" />
      <Textarea
        name="text"
        id={`revise-${intention.id}`}
        label="Your intention, in your words now"
        rows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" className="portal-button portal-button-primary" disabled={revise.isPending}>
        Save
      </button>
    </form>
  );
}

export function PortalIntentionsPage() {
  usePortalTitle('Intentions');
  const intentions = usePortalIntentions();
  const { timeZone } = usePortal();
  const add = usePortalAddIntention();
  const [text, setText] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ kind: 'intention', text }, { onSuccess: () => setText('') });
  };
  const list = intentions.data?.intentions.filter((i) => !i.retired) ?? [];
  return (
    <>
      <PortalBack />
      <PortalHeading>Your intentions</PortalHeading>
      <p className="portal-lead">
        What you hope for from this work, in your own words. You can change them at any time; earlier versions are kept.
      </p>
      {intentions.isPending && <Loading label="Loading your intentions…" />}
      {intentions.isError && <LoadError error={intentions.error} onRetry={() => intentions.refetch()} />}
      {list.length > 0 && (
        <ul className="portal-tools">
          {list.map((i) => (
            <li key={i.id}>
              <p>{i.text}</p>
              <Revise intention={i} />
              <HistoryToggle portal label="earlier wordings" count={i.versions.length > 1 ? i.versions.length : 0}>
                {() => <IntentionVersions intention={i} portalTimeZone={timeZone} />}
              </HistoryToggle>
            </li>
          ))}
        </ul>
      )}
      <form className="portal-section portal-form" onSubmit={onSubmit} noValidate aria-labelledby="add-intention-heading">
        <h2 id="add-intention-heading" className="portal-section-title">
          Add an intention
        </h2>
        <ErrorSummary error={add.error} title="Not added yet" fields={{ text: 'Your intention' }} />
        <Textarea
          name="text"
          label="Your intention"
          rows={3}
          value={text}
          error={fieldErrorsOf(add.error).text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" className="portal-button portal-button-primary" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add'}
        </button>
      </form>
    </>
  );
}
