import { useState } from 'react';
import type { OutboxMail } from '../../api/types';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <span className="copy">
      <Button variant="secondary" small onClick={copy}>
        Copy link
      </Button>
      <span role="status" className="small muted">
        {copied === true ? 'Copied.' : copied === false ? 'Could not copy; select the link and copy it instead.' : ''}
      </span>
    </span>
  );
}

/** The mail as it was written, with its links clickable and copyable: without SMTP this is how staff get invited. */
export function MailText({ mail }: { mail: OutboxMail }) {
  const time = usePracticeTime();
  const links = mail.text.match(URL_PATTERN) ?? [];
  const parts = mail.text.split(URL_PATTERN);
  return (
    <article className="card mail" aria-labelledby="mail-subject">
      <h2 id="mail-subject" className="card-title">
        {mail.subject}
      </h2>
      <dl className="facts facts-inline">
        <div>
          <dt>To</dt>
          <dd>{mail.to}</dd>
        </div>
        <div>
          <dt>Written</dt>
          <dd>{time.dateTime(mail.createdAt)}</dd>
        </div>
        <div>
          <dt>Purpose</dt>
          <dd>{mail.purpose}</dd>
        </div>
      </dl>
      {mail.error && <p className="field-error">Sending failed: {mail.error}</p>}
      <div className="mail-text">
        {parts.map((part, index) =>
          index % 2 === 1 ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text never reorder
            <a key={index} href={part} className="mail-link">
              {part}
            </a>
          ) : (
            part
          ),
        )}
      </div>
      {links.length > 0 && (
        <div className="mail-links">
          {links.map((link) => (
            <CopyButton key={link} text={link} />
          ))}
        </div>
      )}
    </article>
  );
}
