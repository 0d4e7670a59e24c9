import { useFlagAlertsStream, useUnseenFlags } from './safety-flags.api';

/**
 * In the main navigation, beside the dashboard: how many flags on my care teams I have not opened. It stays
 * until I have opened each one on its chart, and updates live when one is raised.
 */
export function FlagBadge({ enabled }: { enabled: boolean }) {
  useFlagAlertsStream(enabled);
  const unseen = useUnseenFlags(enabled);
  const count = unseen.data?.unseen ?? 0;
  if (!enabled || count === 0) return null;
  const urgent = unseen.data?.urgent ?? 0;
  return (
    <span className="nav-count nav-count-alert" data-testid="flag-badge">
      {count === 1 ? '1 safety flag' : `${count} safety flags`}
      {urgent > 0 ? `, ${urgent} urgent` : ''}
      <span className="visually-hidden"> not opened by you</span>
    </span>
  );
}
