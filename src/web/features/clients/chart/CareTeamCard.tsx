import { type FormEvent, useState } from 'react';
import { CARE_ROLE_LABELS } from '../../../../domain/clients/care-team';
import { Button } from '../../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../../ui/ErrorSummary';
import { LoadError, Loading } from '../../../ui/LoadState';
import { CareTeamFields, type CareTeamForm, careTeamBody } from '../CareTeamFields';
import type { Client } from '../client-types';
import { useSetCareTeam, useStaffDirectory } from '../clients.api';
import { useEditToggle } from './use-edit-toggle';

const ORDER = ['therapist', 'prescriber', 'co_facilitator'] as const;

function formOf(client: Client): CareTeamForm {
  const of = (role: string) => client.careTeam.filter((m) => m.role === role).map((m) => m.userId);
  return { therapistId: of('therapist')[0] ?? '', prescriberId: of('prescriber')[0] ?? '', coFacilitatorIds: of('co_facilitator') };
}

function TeamEditor({ client, onDone }: { client: Client; onDone: () => void }) {
  const directory = useStaffDirectory(true);
  const save = useSetCareTeam(client.id);
  const [form, setForm] = useState(() => formOf(client));
  if (directory.isPending) return <Loading label="Loading the staff list…" />;
  if (directory.isError) return <LoadError error={directory.error} onRetry={() => directory.refetch()} />;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(careTeamBody(form), { onSuccess: onDone });
  };
  return (
    <form className="form form-compact" onSubmit={onSubmit} noValidate>
      <ErrorSummary
        error={save.error}
        title="The care team was not changed"
        fields={{ therapistId: 'Therapist', prescriberId: 'Prescriber' }}
      />
      <CareTeamFields staff={directory.data.staff} value={form} errors={fieldErrorsOf(save.error)} onChange={setForm} withCoFacilitators />
      <div className="form-actions">
        <Button type="submit" busy={save.isPending} busyLabel="Saving…">
          Save care team
        </Button>
        <Button variant="quiet" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function CareTeamCard({ client, canEdit }: { client: Client; canEdit: boolean }) {
  const { editing, open, close, buttonRef, formRef } = useEditToggle();
  const members = [...client.careTeam].sort((a, b) => ORDER.indexOf(a.role) - ORDER.indexOf(b.role));
  return (
    <section className="card" aria-labelledby="care-team-heading">
      <div className="card-head">
        <h2 id="care-team-heading" className="card-title">
          Care team
        </h2>
        {canEdit && !editing && (
          <Button variant="secondary" small onClick={open} ref={buttonRef}>
            Edit care team
          </Button>
        )}
      </div>
      {editing ? (
        <div ref={formRef}>
          <TeamEditor client={client} onDone={close} />
        </div>
      ) : members.length === 0 ? (
        <p className="muted">Nobody yet. Only an admin can see this chart until someone joins the care team.</p>
      ) : (
        <ul className="team-list">
          {members.map((member) => (
            <li key={`${member.role}:${member.userId}`}>
              <span className="team-name">{member.displayName}</span>
              <span className="team-role">{CARE_ROLE_LABELS[member.role]}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
