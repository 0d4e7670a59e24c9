import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { EnquiryDetail } from '../../api/types';
import { useUser } from '../../kernel/session';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { CareTeamFields, type CareTeamForm, careTeamBody, useConvertRequest, useStaffDirectory } from '../clients';

/** Once the person has been contacted, their request becomes a client with a chart that keeps what they wrote. */
export function OpenChartCard({ request }: { request: EnquiryDetail }) {
  const user = useUser();
  const navigate = useNavigate();
  const directory = useStaffDirectory(true);
  const convert = useConvertRequest(request.id);
  const [team, setTeam] = useState<CareTeamForm>({
    therapistId: user.roles.includes('therapist') ? user.id : '',
    prescriberId: '',
    coFacilitatorIds: [],
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { therapistId, prescriberId } = careTeamBody(team);
    convert.mutate({ therapistId, prescriberId }, { onSuccess: (client) => navigate(`/clients/${client.id}`) });
  };
  return (
    <section className="card" aria-labelledby="open-chart-heading">
      <h2 id="open-chart-heading" className="card-title">
        Open a chart
      </h2>
      <p className="small">
        When {request.name} becomes a client, their chart starts at consultation and assessment with their name and contact details, and
        this request is marked “Became a client”.
      </p>
      <form className="form form-compact" onSubmit={onSubmit} noValidate>
        <ErrorSummary
          error={convert.error}
          title="The chart was not opened"
          fields={{ therapistId: 'Therapist', prescriberId: 'Prescriber' }}
        />
        {directory.isPending && <Loading label="Loading the staff list…" />}
        {directory.isError && <LoadError error={directory.error} onRetry={() => directory.refetch()} />}
        {directory.data && (
          <CareTeamFields
            staff={directory.data.staff}
            value={team}
            errors={fieldErrorsOf(convert.error)}
            onChange={setTeam}
            withCoFacilitators={false}
          />
        )}
        <Button type="submit" busy={convert.isPending} busyLabel="Opening…">
          Open a chart
        </Button>
      </form>
    </section>
  );
}

/** The request does not say which chart it became, so this finds it by name. */
export function FindChartCard({ request }: { request: EnquiryDetail }) {
  return (
    <section className="card" aria-labelledby="their-chart-heading">
      <h2 id="their-chart-heading" className="card-title">
        Their chart
      </h2>
      <p className="small">{request.name} became a client.</p>
      <p>
        <Link to={request.clientId ? `/clients/${request.clientId}` : `/clients?q=${encodeURIComponent(request.name)}`}>
          Open their chart
        </Link>
      </p>
    </section>
  );
}
