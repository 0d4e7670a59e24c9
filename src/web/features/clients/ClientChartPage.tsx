import { Route, Routes, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { chartAbilities } from '../../app/access';
import { NotFoundPage } from '../../app/NotFoundPage';
import { useUser } from '../../app/session';
import { LoadError, Loading } from '../../ui/LoadState';
import { PageHeader } from '../../ui/PageHeader';
import { ConsultationSection } from '../consultations/ConsultationSection';
import { MeasuresSection } from '../measures/MeasuresSection';
import { MedicalSection } from '../medical/MedicalSection';
import { ChartSafetyFlags } from '../safety-flags/ChartSafetyFlags';
import { ClientFlagsSection } from '../safety-flags/ClientFlagsSection';
import { ChartHeader } from './chart/ChartHeader';
import { ChartNav } from './chart/ChartNav';
import { ClientPath } from './chart/ClientPath';
import { OverviewSection } from './chart/OverviewSection';
import { clientName } from './client-names';
import type { Client } from './client-types';
import { useClient } from './clients.api';

function Chart({ client }: { client: Client }) {
  const user = useUser();
  const abilities = chartAbilities(user, client);
  const { pathname } = useLocation();
  const onFlagsTab = pathname.endsWith('/flags');
  const onOverview = pathname.replace(/\/+$/, '') === `/clients/${client.id}`;
  const name = clientName(client);
  return (
    <>
      <ChartHeader client={client} />
      {!onFlagsTab && <ChartSafetyFlags clientId={client.id} canAcknowledge={abilities.acknowledgeFlags} full={onOverview} />}
      <ClientPath client={client} name={name} />
      <ChartNav clientId={client.id} />
      <div className="chart-section">
        <Routes>
          <Route index element={<OverviewSection client={client} abilities={abilities} />} />
          <Route path="consultation" element={<ConsultationSection client={client} canWrite={abilities.writeConsultation} />} />
          <Route path="measures" element={<MeasuresSection client={client} abilities={abilities} />} />
          <Route path="medical" element={<MedicalSection client={client} canRecord={abilities.recordMedical} />} />
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
  // Someone not on the care team hears exactly what they would for a chart that does not exist.
  if (isApiError(client.error, 404) || isApiError(client.error, 400)) return <NotFoundPage />;
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
