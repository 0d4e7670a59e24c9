import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { usePracticeTime } from '../../kernel/practice';
import { useUser } from '../../kernel/session';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { type TestMessage, useSendTestMessage, useTestMessage } from './mail.api';

function Outcome({ message }: { message: TestMessage }) {
  const time = usePracticeTime();
  switch (message.status) {
    case 'kept':
      return (
        <Notice tone="warning" headingLevel={3} title="Not sent: it is waiting in the outbox">
          <p>
            No mail server is set up, so the test message to {message.to} went no further than <Link to="/outbox">the outbox</Link>.
            Invitations and safety-flag alerts wait there in the same way.
          </p>
        </Notice>
      );
    case 'sent':
      return (
        <Notice tone="success" headingLevel={3} title="Sent">
          <p>
            The mail server accepted the test message for {message.to} at {time.dateTime(message.sentAt ?? message.createdAt)}. If it has
            not arrived in a few minutes, look in the spam folder, then check the sender address (MAIL_FROM).
          </p>
        </Notice>
      );
    case 'failed':
      return (
        <Notice tone="danger" headingLevel={3} title="Not sent: the mail server refused it">
          <p>Every try was refused. The mail server said: {message.error ?? 'no reason given'}.</p>
          <p>Check SMTP_URL (server, port, user name and password), restart Holdspace and try again.</p>
        </Notice>
      );
    default:
      return message.error ? (
        <Notice tone="warning" headingLevel={3} title="Not sent yet: trying again">
          <p>
            The last try to send to {message.to} did not work. The mail server said: {message.error}. Holdspace tries again for about a
            quarter of an hour; the outbox shows where it stands.
          </p>
        </Notice>
      ) : (
        <Notice headingLevel={3} title="On its way">
          <p>Handing the test message for {message.to} to the mail server…</p>
        </Notice>
      );
  }
}

/**
 * Sends a test message by the road every mail takes (outbox, then the mail server), and says what
 * happened to it: sent, refused, or waiting in the outbox — read from the server, never assumed.
 */
export function TestMessageForm() {
  const user = useUser();
  const [to, setTo] = useState(user.email);
  const [sent, setSent] = useState<{ id: string; at: number } | null>(null);
  const send = useSendTestMessage();
  const message = useTestMessage(sent?.id ?? null, sent?.at ?? 0);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate(to, { onSuccess: (m) => setSent({ id: m.id, at: Date.now() }) });
  };
  return (
    <form className="form form-compact test-mail-form" onSubmit={onSubmit} noValidate aria-labelledby="test-mail-heading">
      <h3 id="test-mail-heading" className="card-subtitle">
        Send a test message
      </h3>
      <ErrorSummary error={send.error} title="The test message was not sent" fields={{ to: 'Send to' }} />
      <TextField
        name="to"
        label="Send to"
        hint="Your own address unless you choose another."
        type="email"
        autoComplete="email"
        value={to}
        error={fieldErrorsOf(send.error).to}
        onChange={(event) => setTo(event.currentTarget.value)}
      />
      <Button type="submit" variant="secondary" busy={send.isPending} busyLabel="Sending…">
        Send a test message
      </Button>
      <div role="status" className="form-done">
        {message.data && <Outcome message={message.data} />}
      </div>
    </form>
  );
}
