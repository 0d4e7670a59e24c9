import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { formatDate } from '../../kernel/time';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { LoadError, Loading } from '../../ui/LoadState';
import { ServerHtml } from '../../ui/ServerHtml';
import { TextField } from '../../ui/TextField';
import { PortalHeading, usePortal, usePortalTitle } from '../portal';
import { PortalBack } from './PortalBack';
import { usePortalConsent, usePortalConsents, useSignConsent } from './portal-prep.api';

export function PortalConsentsPage() {
  usePortalTitle('Consents');
  const consents = usePortalConsents();
  const { timeZone } = usePortal();
  return (
    <>
      <PortalBack />
      <PortalHeading>Consents</PortalHeading>
      {consents.isPending && <Loading label="Loading your consents…" />}
      {consents.isError && <LoadError error={consents.error} onRetry={() => consents.refetch()} />}
      {consents.data && (
        <>
          <section className="portal-section" aria-labelledby="to-sign-heading">
            <h2 id="to-sign-heading" className="portal-section-title">
              To read and sign
            </h2>
            {consents.data.toSign.length === 0 ? (
              <p>Nothing is waiting to be signed.</p>
            ) : (
              <ul className="portal-cards">
                {consents.data.toSign.map((c) => (
                  <li key={c.id}>
                    <Link to={c.id} className="portal-card-link">
                      <span className="portal-card-title">{c.title}</span>
                      <span className="portal-card-meta">
                        Version {c.version} · {c.required ? 'needed before a ketamine session' : 'optional'}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {consents.data.signed.length > 0 && (
            <section className="portal-section" aria-labelledby="signed-heading">
              <h2 id="signed-heading" className="portal-section-title">
                Already signed
              </h2>
              <ul className="portal-sent">
                {consents.data.signed.map((s) => (
                  <li key={s.id}>
                    <span className="portal-sent-title">
                      {s.title}, version {s.version}
                    </span>
                    <span className="portal-sent-date">
                      Signed <time dateTime={s.signedAt}>{formatDate(s.signedAt, timeZone)}</time>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </>
  );
}

export function PortalConsentPage() {
  const { id = '' } = useParams();
  usePortalTitle('Read and sign');
  const consent = usePortalConsent(id);
  const sign = useSignConsent(id);
  const navigate = useNavigate();
  const [typedName, setTypedName] = useState('');
  const [agreed, setAgreed] = useState(false);
  const errors = fieldErrorsOf(sign.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    sign.mutate({ typedName, agreed }, { onSuccess: () => navigate('/portal/consents') });
  };
  if (!consent.data) {
    return consent.isError ? (
      <LoadError error={consent.error} onRetry={() => consent.refetch()} />
    ) : (
      <Loading label="Loading the consent…" />
    );
  }
  const c = consent.data;
  return (
    <>
      <PortalBack to="/portal/consents" label="Back to consents" />
      <PortalHeading>{c.title}</PortalHeading>
      <p className="portal-card-meta">Version {c.version}. Take your time; you can ask your care team about anything here.</p>
      <ServerHtml className="portal-document" html={c.bodyHtml} />
      <form className="portal-sign" onSubmit={onSubmit} noValidate aria-labelledby="sign-heading">
        <h2 id="sign-heading" className="portal-section-title">
          Sign
        </h2>
        <ErrorSummary error={sign.error} title="Not signed yet" fields={{ typedName: 'Your full name', agreed: 'I have read and agree' }} />
        <TextField
          name="typedName"
          label="Your full name"
          autoComplete="name"
          value={typedName}
          error={errors.typedName}
          onChange={(e) => setTypedName(e.currentTarget.value)}
        />
        <div className={errors.agreed ? 'field field-invalid' : 'field'}>
          {errors.agreed && (
            <p className="field-error" id="field-agreed-error">
              <span className="visually-hidden">Error: </span>
              {errors.agreed}
            </p>
          )}
          <div className="checkbox portal-check">
            <input
              type="checkbox"
              id="field-agreed"
              className="checkbox-input"
              checked={agreed}
              aria-describedby={errors.agreed ? 'field-agreed-error' : undefined}
              onChange={(e) => setAgreed(e.currentTarget.checked)}
            />
            <label htmlFor="field-agreed" className="checkbox-label">
              I have read this consent and I agree to it
            </label>
          </div>
        </div>
        <button type="submit" className="portal-button portal-button-primary" disabled={sign.isPending}>
          {sign.isPending ? 'Signing…' : 'Sign this consent'}
        </button>
      </form>
    </>
  );
}
