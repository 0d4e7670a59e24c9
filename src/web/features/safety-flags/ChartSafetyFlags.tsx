import { SafetyFlagsLoadError, SafetyFlagsSection } from './SafetyFlagsSection';
import { useClientFlags } from './safety-flags.api';

/** At the top of the chart, above everything else, while any flag is open. */
export function ChartSafetyFlags({ clientId, canAcknowledge }: { clientId: string; canAcknowledge: boolean }) {
  const flags = useClientFlags(clientId, 'open');
  if (flags.isError) return <SafetyFlagsLoadError error={flags.error} onRetry={() => flags.refetch()} />;
  if (!flags.data || flags.data.flags.length === 0) return null;
  return (
    <SafetyFlagsSection
      flags={flags.data.flags}
      canAcknowledge={canAcknowledge}
      showClient={false}
      lead={canAcknowledge ? 'Please read and acknowledge with a note. The flag stays on the chart, acknowledged.' : undefined}
    />
  );
}
