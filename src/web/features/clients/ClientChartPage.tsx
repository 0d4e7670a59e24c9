import { Route, Routes, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useUser } from '../../kernel/session';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { ConsultationSection } from '../consultations';
import { CoverageBanner, OpenCoverageForm } from '../coverage';
import { MeasuresSection } from '../measures';
import { MedicalSection } from '../medical';
import { PreparationSection } from '../preparation';
import { ChartSafetyFlags, ClientFlagsSection } from '../safety-flags';
import { ChartHeader } from './chart/ChartHeader';
import { ChartNav } from './chart/ChartNav';
import { ClientPath } from './chart/ClientPath';
import { OverviewSection } from './chart/OverviewSection';
import { clientName } from './client-names';
import type { Client } from './client-types';
import { useClient } from './clients.api';

function Chart({ client }: { client: Client }) {
  const abilities = client.abilities;
  const { pathname } = useLocation();
  // The flags tab lists every flag, and the medical tab its open ones: neither repeats the chart's reminder.
  const tabShowsFlags = pathname.endsWith('/flags') || pathname.endsWith('/medical');
  const onOverview = pathname.replace(/\/+$/, '') === `/clients/${client.id}`;
  const name = clientName(client);
  return (
    <>
      <ChartHeader client={client} />
      <CoverageBanner clientId={client.id} />
      {!tabShowsFlags && <ChartSafetyFlags clientId={client.id} canAcknowledge={abilities.acknowledgeFlags} full={onOverview} />}
      <ClientPath client={client} name={name} />
      <ChartNav clientId={client.id} />
      <div className="chart-section">
        <Routes>
          <Route index element={<OverviewSection client={client} abilities={abilities} />} />
          <Route path="consultation" element={<ConsultationSection client={client} canWrite={abilities.writeConsultation} />} />
          <Route path="measures" element={<MeasuresSection client={client} abilities={abilities} />} />
          <Route path="medical" element={<MedicalSection client={client} canRecord={abilities.recordMedical} />} />
          <Route path="preparation" element={<PreparationSection client={client} abilities={abilities} />} />
          <Route path="flags" element={<ClientFlagsSection clientId={client.id} canAcknowledge={abilities.acknowledgeFlags} />} />
          <Route path="*" element={<p>This part of the chart does not exist. Choose a section above.</p>} />
        </Routes>
      </div>
    </>
  );
}

export function ClientChartPage() {
  const { id = '' } = useParams();
  const client = useClient(id);
  const user = useUser();
  // Someone not on the care team hears exactly what they would for a chart that does not exist; a clinician
  // is offered coverage access either way (decision 27), which says no more about whether the chart exists.
  if (isApiError(client.error, 404) || isApiError(client.error, 400)) {
    const clinician = user.roles.some((role) => role === 'therapist' || role === 'prescriber' || role === 'co_facilitator');
    return (
      <>
        <NotFoundPage />
        {clinician && isApiError(client.error, 404) && <OpenCoverageForm clientId={id} />}
      </>
    );
  }
  if (!client.data) {
    return (
      <>
        <PageHeader title="Client chart" />
        {client.isError ? <LoadError error={client.error} onRetry={() => client.refetch()} /> : <Loading label="Loading the chart…" />}
      </>
    );
  }
  return <Chart client={client.data} />;
}
