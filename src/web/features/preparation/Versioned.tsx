import type { AuthorshipView } from '../../../contracts/preparation.contracts';
import { usePractice } from '../../kernel/practice';
import { formatDateTime } from '../../kernel/time';

interface VersionedProps {
  current: AuthorshipView | null;
  empty: string;
  /** Set in the portal: the client reads their own record, in the practice's zone (they cannot read the settings). */
  portalTimeZone?: string;
}

/** Who wrote the version shown, and when: every preparation record keeps all its versions. */
export function Versioned({ current, empty, portalTimeZone }: VersionedProps) {
  const inPortal = portalTimeZone !== undefined;
  const practice = usePractice({ enabled: !inPortal });
  const zone = portalTimeZone ?? practice.data?.timeZone;
  if (!current) return <p className="record-meta">{empty}</p>;
  const byClient = current.writtenByKind === 'client';
  const who = byClient ? (inPortal ? 'you' : `${current.writtenByName} (client)`) : current.writtenByName;
  return (
    <p className="record-meta">
      Version {current.version}, by {who}, {formatDateTime(current.writtenAt, zone)}
    </p>
  );
}
