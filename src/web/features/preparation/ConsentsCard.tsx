import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ConsentSignatureView } from '../../../contracts/consent.contracts';
import { api } from '../../api/client';
import { usePractice } from '../../kernel/practice';
import { formatDateTime } from '../../kernel/time';
import { Button } from '../../ui/Button';
import { ServerHtml } from '../../ui/ServerHtml';
import { StatusBadge } from '../../ui/StatusBadge';
import { useClientConsents } from './preparation.api';

const STATE_LABELS = { signed_current: 'Signed', signed_older_version: 'Needs re-consent', not_signed: 'Not signed' } as const;

/** The signed text, exactly as signed, in a printable frame; the print stylesheet prints only this. */
function SignedConsent({ id, onClose }: { id: string; onClose: () => void }) {
  const timeZone = usePractice().data?.timeZone;
  const signature = useQuery({
    queryKey: ['consent-signature', id],
    queryFn: () => api.get<ConsentSignatureView>(`/consent-signatures/${encodeURIComponent(id)}`),
  });
  const s = signature.data;
  if (!s) return <p>Loading the signed consent…</p>;
  return (
    <article className="signed-consent printable" aria-labelledby="signed-consent-title">
      <h4 id="signed-consent-title" className="card-subtitle">
        {s.title}, version {s.version}
      </h4>
      <ServerHtml className="consent-body" html={s.bodyHtml} />
      <p className="record-meta">
        Signed by typing “{s.typedName}”, {formatDateTime(s.signedAt, timeZone)}, from {s.ipAddress}.
      </p>
      <div className="form-actions no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          Print
        </Button>
        <Button variant="quiet" onClick={onClose}>
          Close
        </Button>
      </div>
    </article>
  );
}

export function ConsentsCard({ clientId }: { clientId: string }) {
  const consents = useClientConsents(clientId);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="consents-heading">
      <h3 id="consents-heading" className="card-title">
        Consents
      </h3>
      {consents.data && (
        <ul className="prep-list">
          {consents.data.consents.map((c) => {
            const latest = c.signatures[0];
            return (
              <li key={c.documentId} className="consent-row">
                <div>
                  <p className="prep-list-text">
                    {c.title}{' '}
                    <span className="prep-kind">
                      (version {c.currentVersion}
                      {c.required ? ', required' : ', optional'})
                    </span>
                  </p>
                  <StatusBadge
                    label={STATE_LABELS[c.state]}
                    tone={c.state === 'signed_current' ? 'success' : c.required ? 'warning' : 'neutral'}
                    shape={c.state === 'signed_current' ? 'check' : 'dot'}
                  />
                </div>
                {latest && (
                  <Button small variant="quiet" onClick={() => setOpen(latest.id)} aria-label={`Show the signed ${c.title}`}>
                    Show signed version {latest.version}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {open && <SignedConsent id={open} onClose={() => setOpen(null)} />}
    </section>
  );
}
