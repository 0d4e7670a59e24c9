import { Link } from 'react-router';
import { LoadError } from '../../ui/LoadState';
import { Notice } from '../../ui/Notice';
import { type MailSetup, useMailSetup } from './mail.api';
import { TestMessageForm } from './TestMessageForm';

function HowToSetUp({ setup }: { setup: MailSetup }) {
  return (
    <div className="mail-howto">
      <h3 className="card-subtitle">How to set up mail</h3>
      <ol className="steps">
        <li>Ask your email provider for its SMTP details: the server name, the port, a user name and a password.</li>
        <li>
          Where Holdspace is started, set these environment variables:
          <dl className="env-list">
            <dt>
              <code>SMTP_URL</code>
            </dt>
            <dd>
              The mail server, in one line: <code>smtps://user:password@smtp.example.org:465</code> (or <code>smtp://…:587</code> for a
              server that upgrades the connection). Write an <code>@</code> in the user name as <code>%40</code>.
            </dd>
            <dt>
              <code>MAIL_FROM</code>
            </dt>
            <dd>
              The sender people see, such as <code>Your Practice &lt;care@example.org&gt;</code>. Use an address your provider lets you send
              from.
            </dd>
            <dt>
              <code>PUBLIC_URL</code>
            </dt>
            <dd>
              The address people use to reach Holdspace, so links in mail open it. Now: <code>{setup.publicUrl}</code>.
            </dd>
          </dl>
        </li>
        <li>Restart Holdspace, then send a test message from here.</li>
      </ol>
    </div>
  );
}

function waitingWords(setup: MailSetup): string | null {
  const { kept, failed } = setup.outbox;
  const parts = [
    kept > 0 ? `${kept} ${kept === 1 ? 'mail is' : 'mails are'} waiting in the outbox` : null,
    failed > 0 ? `${failed} could not be sent` : null,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', and ')}.` : null;
}

/**
 * Whether Holdspace can send mail, said plainly. Without a mail server: what that means for invitations
 * and safety-flag alerts, and how to set one up. On the dashboard it shows only when something needs doing.
 */
export function MailSetupCard({ place }: { place: 'dashboard' | 'outbox' }) {
  const setup = useMailSetup();
  if (setup.isError) return <LoadError error={setup.error} onRetry={() => setup.refetch()} />;
  if (!setup.data) return null;
  const { data } = setup;
  const waiting = waitingWords(data);
  if (!data.configured) {
    return (
      <section className="dashboard-wide mail-setup" aria-label="Mail set-up">
        <Notice tone="warning" title="Mail is not set up">
          <p>
            Holdspace cannot send email yet. Invitations and safety-flag alerts are kept in{' '}
            {place === 'outbox' ? 'the outbox' : <Link to="/outbox">the outbox</Link>} instead of being sent, so nobody is emailed when a
            client’s answers raise a safety flag: the care team sees it only in Holdspace, when they next open it.
          </p>
          {waiting && <p>{waiting}</p>}
        </Notice>
        <div className="card mail-setup-body">
          <HowToSetUp setup={data} />
          <TestMessageForm />
        </div>
      </section>
    );
  }
  if (place === 'dashboard' && data.outbox.failed === 0) return null;
  return (
    <section className="card dashboard-wide mail-setup" aria-labelledby="mail-setup-heading">
      <h2 id="mail-setup-heading" className="card-title">
        Mail
      </h2>
      <p>
        Mail is sent through <strong>{data.server}</strong> as <strong>{data.from}</strong>.
      </p>
      {data.outbox.failed > 0 && (
        <Notice tone="danger" headingLevel={3} title="Some mail could not be sent">
          <p>
            {data.outbox.failed} {data.outbox.failed === 1 ? 'mail was' : 'mails were'} refused by the mail server.{' '}
            {place === 'dashboard' && <Link to="/outbox">Open the outbox</Link>}
          </p>
        </Notice>
      )}
      <TestMessageForm />
    </section>
  );
}
