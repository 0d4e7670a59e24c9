import { useUser } from '../../kernel/session';
import { SafetyFlagsLoadError, SafetyFlagsSection } from './SafetyFlagsSection';
import { useMyOpenFlags } from './safety-flags.api';

/** First on the dashboard whenever a client on one of my care teams has an open flag, or one I have not opened; absent otherwise. */
export function DashboardSafetyFlags() {
  const user = useUser();
  const flags = useMyOpenFlags();
  if (flags.isError) return <SafetyFlagsLoadError error={flags.error} onRetry={() => flags.refetch()} />;
  if (!flags.data || flags.data.flags.length === 0) return null;
  return (
    <SafetyFlagsSection
      flags={flags.data.flags}
      canAcknowledge={user.abilities.acknowledgeFlags}
      showClient
      lead="Raised by a questionnaire answer about suicide or self-harm. Each stays here until someone on the care team acknowledges it with a note and you have opened it on the chart; acknowledging never deletes it."
    />
  );
}
