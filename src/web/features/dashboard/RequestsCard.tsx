import { Link } from 'react-router';
import { useNewRequestCount } from '../requests';

export function RequestsCard() {
  const count = useNewRequestCount();
  const n = count.data?.new;
  return (
    <section className="card card-feature" aria-labelledby="new-requests-heading">
      <h2 id="new-requests-heading" className="card-title">
        New requests
      </h2>
      {count.isError ? (
        <p>We could not count the new requests just now.</p>
      ) : (
        <p className="big-number">
          <span className="big-number-value">{n ?? '–'}</span>
          <span className="big-number-label">
            {n === 1 ? 'person is waiting for a first reply' : 'people are waiting for a first reply'}
          </span>
        </p>
      )}
      <p>
        <Link to={n ? '/requests?status=new' : '/requests'} className="button button-primary">
          {n ? 'Answer new requests' : 'Open the request queue'}
        </Link>
      </p>
    </section>
  );
}
