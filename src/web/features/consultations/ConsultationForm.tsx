import { type FormEvent, useRef, useState } from 'react';
import { useAutosavedDraft } from '../../kernel/autosaved-draft';
import { Button } from '../../ui/Button';
import { DraftStatus } from '../../ui/DraftStatus';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { ConsultationFields } from './ConsultationFields';
import { DRAFT_LABELS } from './consultation-labels';
import {
  type ConsultationView,
  type DraftForm,
  draftOf,
  saveConsultationDraft,
  useKeepDraftCached,
  useSignConsultation,
} from './consultations.api';

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

/** The therapist's draft: saved on the server as they type, and signed once complete. */
export function ConsultationForm({ clientId, record }: { clientId: string; record: ConsultationView }) {
  const [form, setForm] = useState<DraftForm>(() => draftOf(record));
  const [confirming, setConfirming] = useState(false);
  const keepCached = useKeepDraftCached();
  const draft = useAutosavedDraft({
    value: form,
    save: (value, keepalive) => saveConsultationDraft(record.id, value, keepalive),
    onSaved: keepCached,
    savedAt: record.updatedAt !== record.createdAt ? record.updatedAt : null,
  });
  const sign = useSignConsultation(clientId, record.id);
  const confirmRef = useRef<HTMLDivElement>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void draft.flush();
  };
  const onSign = () => {
    draft.cancel();
    sign.mutate(form, {
      onSettled: () => setConfirming(false),
      onError: draft.resume,
    });
  };
  const askToSign = () => {
    setConfirming(true);
    requestAnimationFrame(() => confirmRef.current?.querySelector('button')?.focus());
  };
  return (
    <form className="form form-wide" onSubmit={onSubmit} onBlur={draft.onBlur} noValidate>
      <ErrorSummary error={sign.error} title="The record is not signed yet" fields={DRAFT_LABELS} />
      <p className="muted small">
        Draft by {record.authorName}. It is saved as you type. Fields not marked “(optional)” are needed before it can be signed.
      </p>
      <ConsultationFields form={form} errors={fieldErrorsOf(sign.error)} onChange={setForm} />
      {/* Kept in view at the foot of the screen: the record is long, and where the draft stands matters while typing. */}
      <div className="form-actions draft-bar">
        <DraftStatus state={draft.state} savedAt={draft.savedAt} refusal={draft.refusal} />
        <Button onClick={askToSign} aria-expanded={confirming}>
          Sign and lock…
        </Button>
      </div>
      {confirming && (
        <div ref={confirmRef}>
          <SignConfirm busy={sign.isPending} onSign={onSign} onCancel={() => setConfirming(false)} />
        </div>
      )}
    </form>
  );
}
