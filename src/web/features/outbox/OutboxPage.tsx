import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Outbox, OutboxMail } from '../../api/types';
import { usePracticeTime } from '../../kernel/practice';
import { EmptyState } from '../../ui/EmptyState';
import type { GlyphShape } from '../../ui/Glyph';
import { LoadError, Loading } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { type BadgeTone, StatusBadge } from '../../ui/StatusBadge';
import { Table } from '../../ui/Table';
import { MailSetupCard } from '../mail';
import { MailText } from './MailText';

const STATUS: Record<OutboxMail['status'], { label: string; tone: BadgeTone; shape: GlyphShape }> = {
  kept: { label: 'Kept here', tone: 'neutral', shape: 'square' },
  queued: { label: 'Waiting to send', tone: 'warning', shape: 'clock' },
  sending: { label: 'Sending', tone: 'warning', shape: 'half' },
  sent: { label: 'Sent', tone: 'success', shape: 'check' },
  failed: { label: 'Failed', tone: 'danger', shape: 'cross' },
};

export function OutboxPage() {
  const outbox = useQuery({ queryKey: ['outbox'], queryFn: () => api.get<Outbox>('/outbox') });
  const [params] = useSearchParams();
  const time = usePracticeTime();
  const mail = outbox.data?.mail ?? [];
  const selected = mail.find((m) => m.id === params.get('mail')) ?? mail[0];

  return (
    <>
      <PageHeader title="Outbox" lead="Every mail Holdspace has written, newest first." />
      {outbox.isPending && <Loading />}
      {outbox.isError && <LoadError error={outbox.error} onRetry={() => outbox.refetch()} />}
      {outbox.data && !outbox.data.smtpConfigured && (
        <Notice title="Mail is kept here">
          <p>
            Holdspace keeps mail here instead of sending it. To invite someone, open their invitation below, copy the link and send it to
            them yourself, by your own email or a message.
          </p>
        </Notice>
      )}
      <MailSetupCard place="outbox" />
      {outbox.data && mail.length === 0 && (
        <EmptyState title="No mail yet">
          <p>Invitations and other mail appear here when Holdspace writes them.</p>
        </EmptyState>
      )}
      {selected && (
        <div className="split split-even">
          <section className="split-main" aria-labelledby="mail-list-heading">
            <h2 id="mail-list-heading" className="section-title">
              Mail
            </h2>
            <Table
              caption="Mail"
              hideCaption
              head={
                <tr>
                  <th scope="col">Mail</th>
                  <th scope="col">Status</th>
                </tr>
              }
            >
              {mail.map((m) => (
                <tr key={m.id} className={m.id === selected.id ? 'row-selected' : undefined}>
                  <th scope="row" className="cell-name">
                    <span className="stack">
                      <Link to={`/outbox?mail=${m.id}`} aria-current={m.id === selected.id ? 'true' : undefined}>
                        {m.subject}
                      </Link>
                      <span className="muted small">
                        To {m.to} · {m.purpose}
                      </span>
                    </span>
                  </th>
                  <td>
                    <span className="stack">
                      <StatusBadge {...STATUS[m.status]} />
                      <time dateTime={m.createdAt} className="muted small nowrap">
                        {time.relative(m.createdAt)}
                      </time>
                    </span>
                  </td>
                </tr>
              ))}
            </Table>
          </section>
          <div className="split-side">
            <MailText mail={selected} />
          </div>
        </div>
      )}
    </>
  );
}
