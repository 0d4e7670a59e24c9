import { useEffect, useRef, useState } from 'react';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import type { Client } from '../clients';
import { clientName } from '../clients';
import { Amendments } from './Amendments';
import { ConsultationForm } from './ConsultationForm';
import { ConsultationRecordView } from './ConsultationRecordView';
import { decisionLabel } from './consultation-labels';
import { type ConsultationList, useConsultation, useConsultations, useStartConsultation } from './consultations.api';

function Record({ clientId, id, canWrite }: { clientId: string; id: string; canWrite: boolean }) {
  const record = useConsultation(id);
  const status = record.data?.status;
  const wasDraft = useRef(false);
  // Signing replaces the form with the locked record; focus moves to its heading rather than being lost.
  useEffect(() => {
    if (status === 'draft') wasDraft.current = true;
    if (status === 'signed' && wasDraft.current) document.getElementById('record-heading')?.focus();
  }, [status]);
  // A draft is edited only as the server has it now, never from an older copy in the cache.
  if (record.isPending || (record.data?.status === 'draft' && !record.isFetchedAfterMount)) return <Loading label="Loading the record…" />;
  if (record.isError) return <LoadError error={record.error} onRetry={() => record.refetch()} />;
  if (record.data.status === 'draft' && canWrite) return <ConsultationForm key={record.data.id} clientId={clientId} record={record.data} />;
  return (
    <>
      <ConsultationRecordView record={record.data} />
      {record.data.status === 'signed' && <Amendments clientId={clientId} record={record.data} canAmend={canWrite} />}
    </>
  );
}

function EarlierRecords({
  list,
  selected,
  onSelect,
}: {
  list: ConsultationList['consultations'];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const time = usePracticeTime();
  return (
    <nav className="record-picker" aria-label="Consultation records">
      <ul className="button-row">
        {list.map((item) => (
          <li key={item.id}>
            <Button
              variant={item.id === selected ? 'primary' : 'secondary'}
              small
              aria-pressed={item.id === selected}
              onClick={() => onSelect(item.id)}
            >
              {item.status === 'signed' ? `Signed ${item.signedAt ? time.shortDate(item.signedAt) : ''}` : 'Draft'} ·{' '}
              {decisionLabel(item.decision)}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ConsultationSection({ client, canWrite }: { client: Client; canWrite: boolean }) {
  const list = useConsultations(client.id);
  const start = useStartConsultation(client.id);
  const time = usePracticeTime();
  const [chosen, setChosen] = useState<string | null>(null);
  const records = list.data?.consultations ?? [];
  const selected = chosen ?? records.find((r) => r.status === 'draft')?.id ?? records[0]?.id ?? null;
  const canStart = canWrite && records.every((r) => r.status === 'signed');
  const startButton = canStart && (
    <Button
      variant={records.length ? 'secondary' : 'primary'}
      busy={start.isPending}
      busyLabel="Starting…"
      onClick={() => start.mutate(time.today(), { onSuccess: (r) => setChosen(r.id) })}
    >
      {records.length ? 'Start a new consultation record' : 'Start the consultation record'}
    </Button>
  );
  return (
    <section aria-labelledby="consultation-heading">
      <div className="section-head">
        <h2 id="consultation-heading" className="section-title">
          Consultation and assessment
        </h2>
        {records.length > 0 && startButton}
      </div>
      {start.error ? <ErrorSummary error={start.error} title="The record was not started" /> : null}
      {list.isPending && <Loading label="Loading consultation records…" />}
      {list.isError && <LoadError error={list.error} onRetry={() => list.refetch()} />}
      {list.data && records.length === 0 && (
        <EmptyState title="No consultation record yet" headingLevel={3}>
          <p>
            {canWrite
              ? `Record ${clientName(client)}’s history, goals and fit, and the decision with its reasons. It saves as you go; sign when it is complete.`
              : 'The therapist records the consultation here. It will show once they start it.'}
          </p>
          {startButton}
        </EmptyState>
      )}
      {records.length > 1 && selected && <EarlierRecords list={records} selected={selected} onSelect={setChosen} />}
      {selected && <Record clientId={client.id} id={selected} canWrite={canWrite} />}
    </section>
  );
}
