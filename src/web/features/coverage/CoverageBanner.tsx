import { usePractice } from '../../kernel/practice';
import { formatDateTime } from '../../kernel/time';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useEndCoverage, useMyCoverage } from './coverage.api';

/** While a chart is open to me by coverage, the chart says so, with when it closes. */
export function CoverageBanner({ clientId }: { clientId: string }) {
  const coverage = useMyCoverage();
  const practice = usePractice();
  const end = useEndCoverage(clientId);
  const grant = coverage.data?.grants.find((g) => g.clientId === clientId);
  if (!grant) return null;
  return (
    <Notice tone="warning" title="Open for coverage">
      <p>
        You opened this chart for coverage. It closes to you at {formatDateTime(grant.endsAt, practice.data?.timeZone)}. The care team has
        been told.
      </p>
      <Button variant="secondary" small busy={end.isPending} busyLabel="Closing…" onClick={() => end.mutate(grant.id)}>
        I am done — close the chart
      </Button>
    </Notice>
  );
}
