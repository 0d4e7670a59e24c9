import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useUser } from '../../kernel/session';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { CareTeamFields, type CareTeamForm, careTeamBody } from './CareTeamFields';
import { ClientDetailsFields, DETAIL_LABELS, emptyDetails } from './ClientDetailsFields';
import { useCreateClient, useStaffDirectory } from './clients.api';

const FIELDS: Record<string, string> = { ...DETAIL_LABELS, therapistId: 'Therapist', prescriberId: 'Prescriber' };

export function NewClientPage() {
  const user = useUser();
  const allowed = user.abilities.createClients;
  const directory = useStaffDirectory(allowed);
  const create = useCreateClient();
  const navigate = useNavigate();
  const [details, setDetails] = useState(emptyDetails);
  const [team, setTeam] = useState<CareTeamForm>({
    therapistId: user.roles.includes('therapist') ? user.id : '',
    prescriberId: '',
    coFacilitatorIds: [],
  });
  if (!allowed) return <NotFoundPage />;

  const errors = fieldErrorsOf(create.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { therapistId, prescriberId } = careTeamBody(team);
    create.mutate({ ...details, therapistId, prescriberId }, { onSuccess: (client) => navigate(`/clients/${client.id}`) });
  };
  return (
    <>
      <PageHeader
        title="New client"
        above={
          <Link to="/clients" className="back-link">
            ← All clients
          </Link>
        }
        lead="Their chart starts at consultation and assessment. If they wrote in through the website, open the chart from their request instead, so it keeps what they told you."
      />
      <form className="form form-page" onSubmit={onSubmit} noValidate>
        <ErrorSummary error={create.error} title="The chart was not opened" fields={FIELDS} />
        <ClientDetailsFields value={details} errors={errors} onChange={setDetails} />
        <fieldset className="form-section">
          <legend className="form-section-title">Care team</legend>
          <p className="field-hint">Only the people on the care team can see this chart.</p>
          {directory.isPending && <Loading label="Loading the staff list…" />}
          {directory.isError && <LoadError error={directory.error} onRetry={() => directory.refetch()} />}
          {directory.data && (
            <CareTeamFields staff={directory.data.staff} value={team} errors={errors} onChange={setTeam} withCoFacilitators={false} />
          )}
        </fieldset>
        <div className="form-actions">
          <Button type="submit" busy={create.isPending} busyLabel="Opening the chart…">
            Open the chart
          </Button>
          <Link to="/clients">Cancel</Link>
        </div>
      </form>
    </>
  );
}
