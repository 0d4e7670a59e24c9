import { Link } from 'react-router';
import { Glyph } from '../../ui/Glyph';
import { SafetyFlagsLoadError, SafetyFlagsSection } from './SafetyFlagsSection';
import { type SafetyFlagView, useClientFlags } from './safety-flags.api';

interface ChartSafetyFlagsProps {
  clientId: string;
  canAcknowledge: boolean;
  /** The full cards lead the chart's overview; every other tab carries one line that points to them. */
  full: boolean;
}

function reminderText(flags: SafetyFlagView[]): string {
  const urgent = flags.filter((flag) => flag.urgency === 'urgent').length;
  const count = flags.length === 1 ? '1 open safety flag' : `${flags.length} open safety flags`;
  return urgent > 0 ? `${count}, ${urgent} urgent` : count;
}

/** One line on the chart's other tabs, so the cards are shown once per chart rather than on every tab. */
function SafetyFlagReminder({ clientId, flags }: { clientId: string; flags: SafetyFlagView[] }) {
  return (
    <section className="flags-reminder" aria-label="Open safety flags">
      <p>
        <Glyph shape="alert" />
        <strong>{reminderText(flags)}.</strong> <Link to={`/clients/${clientId}`}>Read and acknowledge on the overview</Link>
      </p>
    </section>
  );
}

/** At the top of the chart, above everything else, while any flag is open. */
export function ChartSafetyFlags({ clientId, canAcknowledge, full }: ChartSafetyFlagsProps) {
  const flags = useClientFlags(clientId, 'open');
  if (flags.isError) return <SafetyFlagsLoadError error={flags.error} onRetry={() => flags.refetch()} />;
  if (!flags.data || flags.data.flags.length === 0) return null;
  if (!full) return <SafetyFlagReminder clientId={clientId} flags={flags.data.flags} />;
  return (
    <SafetyFlagsSection
      flags={flags.data.flags}
      canAcknowledge={canAcknowledge}
      showClient={false}
      marksSeen
      lead={canAcknowledge ? 'Please read and acknowledge with a note. The flag stays on the chart, acknowledged.' : undefined}
    />
  );
}
