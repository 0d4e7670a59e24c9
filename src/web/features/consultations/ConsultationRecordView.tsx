import type { ReactNode } from 'react';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { StatusBadge } from '../../ui/StatusBadge';
import { formatCalendarDate } from '../clients';
import { concernLabel, DRAFT_LABELS, decisionLabel, therapyLabel } from './consultation-labels';
import type { ConsultationView } from './consultations.api';

function Block({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="record-block">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const words = (text: string) => (text.trim() ? <p className="record-text">{text}</p> : <span className="muted">Not recorded</span>);

function list(codes: readonly string[], label: (code: string) => string, other: string) {
  if (codes.length === 0) return <span className="muted">None chosen</span>;
  return (
    <ul className="record-list">
      {codes.map((code) => (
        <li key={code}>{code === 'other' && other ? `Other: ${other}` : label(code)}</li>
      ))}
    </ul>
  );
}

/** The record read-only: a signed one exactly as signed, or a draft for those who do not write it. */
export function ConsultationRecordView({ record }: { record: ConsultationView }) {
  const time = usePracticeTime();
  const signed = record.status === 'signed';
  return (
    <article className="card record" aria-labelledby="record-heading">
      <div className="card-head">
        <h3 id="record-heading" className="card-title" tabIndex={-1}>
          Consultation{record.heldOn ? ` of ${formatCalendarDate(record.heldOn)}` : ''}
        </h3>
        {signed ? (
          <StatusBadge tone="success" shape="check" label="Signed and locked" />
        ) : (
          <StatusBadge tone="neutral" shape="ring" label="Draft, not signed" />
        )}
      </div>
      <p className="muted small">
        {signed && record.signedAt
          ? `Signed by ${record.signedByName ?? record.authorName}, ${time.dateTime(record.signedAt)}.`
          : `Being written by ${record.authorName}; last saved ${time.dateTime(record.updatedAt)}.`}
      </p>
      {signed && (
        <p className="no-print">
          <Button variant="secondary" small onClick={() => window.print()}>
            Print this record
          </Button>
        </p>
      )}
      <dl className="record-blocks">
        <Block label={DRAFT_LABELS.presentingConcerns}>{list(record.presentingConcerns, concernLabel, record.presentingOther)}</Block>
        <Block label={DRAFT_LABELS.goals}>{words(record.goals)}</Block>
        <Block label={DRAFT_LABELS.emotionalHistory}>{words(record.emotionalHistory)}</Block>
        <Block label={DRAFT_LABELS.traumaHistory}>{words(record.traumaHistory)}</Block>
        <Block label={DRAFT_LABELS.priorTreatment}>{words(record.priorTreatment)}</Block>
        <Block label={DRAFT_LABELS.currentMedications}>{words(record.currentMedications)}</Block>
        <Block label={DRAFT_LABELS.relatedTherapies}>{list(record.relatedTherapies, therapyLabel, record.relatedOther)}</Block>
        <Block label={DRAFT_LABELS.fitNotes}>{words(record.fitNotes)}</Block>
        <Block label={DRAFT_LABELS.decision}>
          <strong>{decisionLabel(record.decision)}</strong>
        </Block>
        <Block label={DRAFT_LABELS.decisionReasons}>{words(record.decisionReasons)}</Block>
      </dl>
    </article>
  );
}
