import type { ChartAbilities } from '../../../kernel/access';
import { KetamineSessionsCard } from '../../session-record';
import type { Client } from '../client-types';
import { CareTeamCard } from './CareTeamCard';
import { DetailsCard } from './DetailsCard';
import { OriginalRequestCard } from './OriginalRequestCard';
import { PhaseCard } from './PhaseCard';
import { PortalCard } from './PortalCard';

export function OverviewSection({ client, abilities }: { client: Client; abilities: ChartAbilities }) {
  return (
    <div className="detail-grid">
      <div className="detail-main">
        <DetailsCard client={client} canEdit={abilities.editDetails} />
        <OriginalRequestCard client={client} />
        <KetamineSessionsCard clientId={client.id} />
      </div>
      <div className="detail-side">
        <CareTeamCard client={client} canEdit={abilities.setCareTeam} />
        <PortalCard client={client} canInvite={abilities.invitePortal} />
        <PhaseCard client={client} canChange={abilities.changePhase} />
      </div>
    </div>
  );
}
