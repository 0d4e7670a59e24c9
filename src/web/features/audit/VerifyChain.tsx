import { problemWords } from '../../../domain/audit/action-words';
import { Button } from '../../ui/Button';
import { LoadError } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { useVerifyChain } from './audit.api';

/** Walks the whole hash chain on the server and says plainly whether every row is as it was written. */
export function VerifyChain() {
  const verify = useVerifyChain();
  const result = verify.data;
  return (
    <section className="card" aria-labelledby="verify-heading">
      <h2 id="verify-heading" className="card-title">
        Is the log intact?
      </h2>
      <p className="muted small">
        Each row carries a fingerprint of the one before it, so a changed, missing or reordered row shows up here.
      </p>
      <Button variant="secondary" busy={verify.isPending} busyLabel="Checking every row…" onClick={() => verify.mutate()}>
        Verify the chain
      </Button>
      <div role="status" className="verify-result">
        {result?.intact && (
          <Notice tone="success" headingLevel={3} title={`Intact: ${result.checked.toLocaleString()} rows checked`}>
            <p>Every row is as it was written.</p>
          </Notice>
        )}
        {result && !result.intact && (
          <Notice
            tone="danger"
            headingLevel={3}
            title={`Not intact: ${result.problems.length.toLocaleString()} problems in ${result.checked.toLocaleString()} rows`}
          >
            <ul>
              {result.problems.slice(0, 50).map((problem) => (
                <li key={`${problem.kind}-${problem.seq}`}>
                  Row {problem.seq}: {problemWords(problem.kind)}
                </li>
              ))}
            </ul>
            <p>Keep a copy of the database as it is now and contact whoever looks after your Holdspace.</p>
          </Notice>
        )}
      </div>
      {verify.isError && <LoadError error={verify.error} />}
    </section>
  );
}
