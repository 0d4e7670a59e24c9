import { Link, useParams } from 'react-router';
import { formatDate } from '../../kernel/time';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import {
  AdverseEventsSection,
  AlertsSection,
  AmendmentsSection,
  DischargeSectionRecord,
  DosesSection,
  InTheRoomSection,
  SedationSection,
  VitalsSection,
} from './RecordSections';
import { RemsSummary } from './RemsSummary';
import { clock } from './record-format';
import { type SessionRecord, useSessionRecord } from './session-record.api';
import './session-record.css';

const STATUS = { open: 'Open, not yet dosed', dosed: 'In progress', discharged: 'Discharged' } as const;

/** The printable session record (issue 10, item 8). Printing leaves out the app around it (session-record.css). */
export function SessionRecordPage() {
  const { sessionId = '' } = useParams();
  const record = useSessionRecord(sessionId);
  return (
    <div className="record-page">
      {record.isPending && (
        <>
          <PageHeader title="Session record" />
          <Loading label="Loading the session record…" />
        </>
      )}
      {record.isError && (
        <>
          <PageHeader title="Session record" />
          <LoadError error={record.error} onRetry={() => record.refetch()} />
        </>
      )}
      {record.data && <RecordView record={record.data} />}
    </div>
  );
}

function RecordView({ record }: { record: SessionRecord }) {
  const s = record.session;
  const tz = s.timeZone;
  return (
    <article className="session-record">
      <PageHeader
        title="Ketamine session record"
        above={
          <Link to={`/clients/${s.clientId}`} className="back-link">
            Back to the chart
          </Link>
        }
        actions={
          <div className="record-actions no-print">
            <button type="button" className="button button-primary" onClick={() => window.print()}>
              Print
            </button>
            <Link to={`/sessions/${s.id}`} className="button button-secondary">
              Session console
            </Link>
          </div>
        }
      />
      <dl className="record-facts record-header">
        <dt>Client</dt>
        <dd>{s.clientName}</dd>
        <dt>Date</dt>
        <dd>{formatDate(s.openedAt, tz)}</dd>
        <dt>Status</dt>
        <dd>{STATUS[s.status]}</dd>
        <dt>Opened</dt>
        <dd>{clock(s.openedAt, tz)}</dd>
        <dt>First dose</dt>
        <dd>{s.firstDoseAt ? clock(s.firstDoseAt, tz) : 'None'}</dd>
        <dt>Discharged</dt>
        <dd>{s.dischargedAt ? clock(s.dischargedAt, tz) : 'Not yet'}</dd>
        <dt>Times shown in</dt>
        <dd>{tz}</dd>
      </dl>
      <VitalsSection record={record} />
      <DosesSection record={record} />
      <SedationSection record={record} />
      <InTheRoomSection record={record} />
      <AdverseEventsSection record={record} />
      <AlertsSection record={record} />
      <DischargeSectionRecord record={record} />
      {record.rems && <RemsSummary rems={record.rems} timeZone={tz} />}
      <AmendmentsSection record={record} />
    </article>
  );
}
