import { EmptyState } from '../../ui/EmptyState';
import { LoadError, Loading } from '../../ui/LoadState';
import { SafetyFlagCard } from './SafetyFlagCard';
import { useClientFlags } from './safety-flags.api';

/** Every flag this client has had, open or acknowledged: none is ever deleted. */
export function ClientFlagsSection({ clientId, canAcknowledge }: { clientId: string; canAcknowledge: boolean }) {
  const flags = useClientFlags(clientId, 'all');
  // Open flags first; within each group the server's order (urgent first, newest first) stands.
  const ordered = [...(flags.data?.flags ?? [])].sort((a, b) => Number(a.acknowledgement !== null) - Number(b.acknowledgement !== null));
  return (
    <section aria-labelledby="all-flags-heading">
      <h2 id="all-flags-heading" className="section-title">
        All safety flags
      </h2>
      <p className="section-lead">
        Flags are raised by PHQ-9 question 9 answered above “Not at all” and by a positive ASQ screen. Nothing else is read for risk;
        acknowledging a flag records who and why, and never deletes it.
      </p>
      {flags.isPending && <Loading label="Loading safety flags…" />}
      {flags.isError && <LoadError error={flags.error} onRetry={() => flags.refetch()} />}
      {flags.data && flags.data.flags.length === 0 && (
        <EmptyState title="No safety flags" headingLevel={3}>
          <p>None has been raised for this client.</p>
        </EmptyState>
      )}
      {flags.data && flags.data.flags.length > 0 && (
        <div className="flag-list">
          {ordered.map((flag) => (
            <SafetyFlagCard key={flag.id} flag={flag} canAcknowledge={canAcknowledge} showClient={false} marksSeen />
          ))}
        </div>
      )}
    </section>
  );
}
