import { type FormEvent, useState } from 'react';
import { AMENDABLE_SECTIONS, type AmendableSection } from '../../../domain/consultations/consultation-record';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Select } from '../../ui/Select';
import { Textarea } from '../../ui/Textarea';
import { SECTION_LABELS } from './consultation-labels';
import { type ConsultationView, useAmendConsultation } from './consultations.api';

function AmendmentForm({ clientId, record }: { clientId: string; record: ConsultationView }) {
  const amend = useAmendConsultation(clientId, record.id);
  const [section, setSection] = useState<AmendableSection>('other');
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    amend.mutate(
      { section, text },
      {
        onSuccess: () => {
          setText('');
          setAdded(true);
        },
      },
    );
  };
  return (
    <form className="form form-compact form-page" onSubmit={onSubmit} noValidate aria-labelledby="amend-heading">
      <h3 id="amend-heading" className="subheading">
        Add an amendment
      </h3>
      <ErrorSummary error={amend.error} title="The amendment was not added" fields={{ section: 'Section', text: 'Amendment' }} />
      <Select
        name="section"
        label="Section"
        options={AMENDABLE_SECTIONS.map((value) => ({ value, label: SECTION_LABELS[value] }))}
        value={section}
        onChange={(event) => setSection(event.currentTarget.value as AmendableSection)}
      />
      <Textarea
        name="text"
        label="Amendment"
        hint="The correction or addition. It is dated and signed with your name; the original stays as it was."
        rows={4}
        value={text}
        error={fieldErrorsOf(amend.error).text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setAdded(false);
        }}
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={amend.isPending} busyLabel="Adding…">
          Add amendment
        </Button>
        <p className="form-done" role="status">
          {added ? 'Amendment added.' : ''}
        </p>
      </div>
    </form>
  );
}

/** Corrections to a signed record, oldest first, under the record they correct. */
export function Amendments({ clientId, record, canAmend }: { clientId: string; record: ConsultationView; canAmend: boolean }) {
  const time = usePracticeTime();
  return (
    <section className="amendments" aria-labelledby="amendments-heading">
      <h3 id="amendments-heading" className="subheading">
        Amendments <span className="card-count">{record.amendments.length}</span>
      </h3>
      {record.amendments.length === 0 ? (
        <p className="muted small">None. A signed record is corrected by adding an amendment; the original text stays.</p>
      ) : (
        <ol className="notes">
          {record.amendments.map((amendment) => (
            <li key={amendment.id} className="note">
              <p className="note-section">{SECTION_LABELS[amendment.section as AmendableSection] ?? amendment.section}</p>
              <p className="note-body">{amendment.text}</p>
              <p className="note-meta">
                {amendment.authorName} · <time dateTime={amendment.createdAt}>{time.dateTime(amendment.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {canAmend && <AmendmentForm clientId={clientId} record={record} />}
    </section>
  );
}
