import type { ReactNode } from 'react';
import { Glyph } from '../../ui/Glyph';
import { LoadError } from '../../ui/LoadState';
import { SafetyFlagCard } from './SafetyFlagCard';
import type { SafetyFlagView } from './safety-flags.api';

interface SafetyFlagsSectionProps {
  flags: SafetyFlagView[];
  canAcknowledge: boolean;
  showClient: boolean;
  lead?: ReactNode;
  marksSeen?: boolean;
}

/** The open flags, first on the screen: they stay until someone on the care team acknowledges them with a note. */
export function SafetyFlagsSection({ flags, canAcknowledge, showClient, lead, marksSeen = false }: SafetyFlagsSectionProps) {
  const open = flags.filter((flag) => !flag.acknowledgement).length;
  const unseen = flags.filter((flag) => !flag.seenByMe).length;
  return (
    <section className="flags-section" aria-labelledby="safety-flags-heading">
      <div className="flags-section-head">
        <h2 id="safety-flags-heading" className="section-title">
          Safety flags
        </h2>
        <span className="card-count">{open} open</span>
        {showClient && unseen > 0 && (
          <span className="flag-badge">
            <Glyph shape="alert" />
            {unseen} not opened by you
          </span>
        )}
      </div>
      {lead && <p className="flags-lead">{lead}</p>}
      <div className="flag-list">
        {flags.map((flag) => (
          <SafetyFlagCard key={flag.id} flag={flag} canAcknowledge={canAcknowledge} showClient={showClient} marksSeen={marksSeen} />
        ))}
      </div>
    </section>
  );
}

export function SafetyFlagsLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <section className="flags-section" aria-labelledby="safety-flags-heading">
      <h2 id="safety-flags-heading" className="section-title">
        Safety flags
      </h2>
      <LoadError error={error} onRetry={onRetry} />
    </section>
  );
}
