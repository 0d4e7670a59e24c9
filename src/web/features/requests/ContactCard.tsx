import type { EnquiryDetail } from '../../api/types';
import { usePracticeTime } from '../../kernel/practice';

export function ContactCard({ request }: { request: EnquiryDetail }) {
  const time = usePracticeTime();
  const prefers = request.preferredContact === 'email' ? 'Email' : 'Phone';
  return (
    <section className="card" aria-labelledby="contact-heading">
      <h2 id="contact-heading" className="card-title">
        Contact
      </h2>
      <dl className="facts">
        <div>
          <dt>Prefers</dt>
          <dd>{prefers}</dd>
        </div>
        <div>
          <dt>Email</dt>
          <dd>{request.email ? <a href={`mailto:${request.email}`}>{request.email}</a> : <span className="muted">Not given</span>}</dd>
        </div>
        <div>
          <dt>Phone</dt>
          <dd>
            {request.phone ? (
              <a href={`tel:${request.phone.replace(/[^+0-9]/g, '')}`}>{request.phone}</a>
            ) : (
              <span className="muted">Not given</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Consent</dt>
          <dd>
            Agreed to be contacted, <time dateTime={request.consentToContactAt}>{time.dateTime(request.consentToContactAt)}</time>
          </dd>
        </div>
      </dl>
    </section>
  );
}
