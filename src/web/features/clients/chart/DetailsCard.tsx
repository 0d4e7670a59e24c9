import { type FormEvent, useState } from 'react';
import { Button } from '../../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../../ui/ErrorSummary';
import { ClientDetailsFields, DETAIL_LABELS, detailsOf } from '../ClientDetailsFields';
import type { Client } from '../client-types';
import { useUpdateDetails } from '../clients.api';
import { DetailsFacts } from './DetailsFacts';
import { useEditToggle } from './use-edit-toggle';

export function DetailsCard({ client, canEdit }: { client: Client; canEdit: boolean }) {
  const update = useUpdateDetails(client.id);
  const [form, setForm] = useState(() => detailsOf(client));
  const { editing, open, close, buttonRef, formRef } = useEditToggle();
  const [saved, setSaved] = useState(false);
  const start = () => {
    setForm(detailsOf(client));
    update.reset();
    setSaved(false);
    open();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(form, {
      onSuccess: () => {
        close();
        setSaved(true);
      },
    });
  };
  return (
    <section className="card" aria-labelledby="details-heading">
      <div className="card-head">
        <h2 id="details-heading" className="card-title">
          Details
        </h2>
        {canEdit && !editing && (
          <Button variant="secondary" small onClick={start} ref={buttonRef}>
            Edit details
          </Button>
        )}
      </div>
      {editing ? (
        <div ref={formRef}>
          <form className="form form-flat" onSubmit={onSubmit} noValidate>
            <ErrorSummary error={update.error} title="The details were not saved" fields={DETAIL_LABELS} />
            <ClientDetailsFields value={form} errors={fieldErrorsOf(update.error)} onChange={setForm} />
            <div className="form-actions">
              <Button type="submit" busy={update.isPending} busyLabel="Saving…">
                Save details
              </Button>
              <Button variant="quiet" onClick={close}>
                Cancel
              </Button>
            </div>
          </form>
        </div>
      ) : (
        <DetailsFacts client={client} />
      )}
      <p className="form-done" role="status">
        {saved && !editing ? 'Details saved.' : ''}
      </p>
    </section>
  );
}
