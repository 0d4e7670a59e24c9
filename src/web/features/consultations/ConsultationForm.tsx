import { type FormEvent, useRef, useState } from 'react';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { ConsultationFields } from './ConsultationFields';
import { DRAFT_LABELS } from './consultation-labels';
import { type ConsultationView, type DraftForm, draftOf, useSaveDraft, useSignConsultation } from './consultations.api';

function SignConfirm({ busy, onSign, onCancel }: { busy: boolean; onSign: () => void; onCancel: () => void }) {
  return (
    <fieldset className="confirm-box">
      <legend className="confirm-title">Sign and lock this record?</legend>
      <p>
        Once signed, it cannot be edited. Corrections are added as amendments under it, and the signed text stays as it is. Signing also
        moves the client along the path as the decision says.
      </p>
      <div className="button-row">
        <Button onClick={onSign} busy={busy} busyLabel="Signing…">
          Sign and lock the record
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          Keep editing
        </Button>
      </div>
    </fieldset>
  );
}

/** The therapist's draft: saved by hand as often as needed, and signed once complete. */
export function ConsultationForm({ clientId, record }: { clientId: string; record: ConsultationView }) {
  const time = usePracticeTime();
  const [form, setForm] = useState<DraftForm>(() => draftOf(record));
  const [confirming, setConfirming] = useState(false);
  const [dirty, setDirty] = useState(false);
  const save = useSaveDraft(clientId, record.id);
  const sign = useSignConsultation(clientId, record.id);
  const confirmRef = useRef<HTMLDivElement>(null);
  const error = sign.error ?? save.error;
  const onChange = (next: DraftForm) => {
    setForm(next);
    setDirty(true);
  };
  const onSave = (event: FormEvent) => {
    event.preventDefault();
    sign.reset();
    save.mutate(form, { onSuccess: () => setDirty(false) });
  };
  const onSign = () => {
    save.reset();
    sign.mutate(form, { onSettled: () => setConfirming(false) });
  };
  const askToSign = () => {
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.querySelector('button')?.focus());
  };
  return (
    <form className="form form-wide" onSubmit={onSave} noValidate>
      <ErrorSummary error={error} title={sign.error ? 'The record is not signed yet' : 'The draft was not saved'} fields={DRAFT_LABELS} />
      <p className="muted small">
        Draft by {record.authorName}. Fields not marked “(optional)” are needed before it can be signed. Nothing is saved until you choose
        Save draft.
      </p>
      <ConsultationFields form={form} errors={fieldErrorsOf(error)} onChange={onChange} />
      <div className="form-actions">
        <Button type="submit" variant="secondary" busy={save.isPending} busyLabel="Saving…">
          Save draft
        </Button>
        <Button onClick={askToSign} aria-expanded={confirming}>
          Sign and lock…
        </Button>
        <p className="form-done" role="status">
          {save.isSuccess && !dirty ? `Draft saved ${time.dateTime(save.data.updatedAt)}.` : ''}
        </p>
      </div>
      {confirming && (
        <div ref={confirmRef}>
          <SignConfirm busy={sign.isPending} onSign={onSign} onCancel={() => setConfirming(false)} />
        </div>
      )}
    </form>
  );
}
