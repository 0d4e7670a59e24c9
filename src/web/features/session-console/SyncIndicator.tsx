import type { OutboxRecord } from './outbox-store';

export function SyncIndicator({ local, live }: { local: OutboxRecord[]; live: boolean }) {
  const pending = local.filter((r) => r.status === 'pending').length;
  const refused = local.filter((r) => r.status === 'refused').length;
  return (
    <p className="console-sync" role="status" data-pending={pending}>
      <span aria-hidden="true">{pending > 0 ? '◌' : '●'} </span>
      {pending > 0 ? `Saved on this device (${pending} to sync)` : 'Synced'}
      {refused > 0 && ` · ${refused} not accepted`}
      <span className="console-sync-live">{live ? ' · Live' : ' · Not live'}</span>
    </p>
  );
}
