import type { AuthorshipView } from '../../../contracts/preparation.contracts';
import { usePractice } from '../../kernel/practice';
import { formatDateTime } from '../../kernel/time';

/** Who wrote the version shown, and when: every preparation record keeps all its versions. */
export function Versioned({ current, empty, timeZone }: { current: AuthorshipView | null; empty: string; timeZone?: string }) {
  const practice = usePractice({ enabled: timeZone === undefined });
  const zone = timeZone ?? practice.data?.timeZone;
  if (!current) return <p className="record-meta">{empty}</p>;
  const who = current.writtenByKind === 'client' ? `${current.writtenByName} (client)` : current.writtenByName;
  return (
    <p className="record-meta">
      Version {current.version}, by {who}, {formatDateTime(current.writtenAt, zone)}
    </p>
  );
}
