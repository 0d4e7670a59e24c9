export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Mail is written to the outbox inside the use case's transaction together with a `mail.deliver` job,
 * and the job runner sends it after commit, so a rolled-back invitation never sends and a sent one
 * always has its record.
 */
export interface MailDelivery {
  readonly configured: boolean;
  /** The mail server as host:port (never its user name or password), and the sender; null when none is set. */
  readonly server?: string | null;
  readonly from?: string | null;
  /** Hands one message to the mail server; throws when it is refused or unreachable. */
  send(mail: MailMessage): Promise<void>;
}

/** No SMTP configured: mail stays in the outbox, where the admin reads it in the app. */
export const outboxOnly: MailDelivery = {
  configured: false,
  server: null,
  from: null,
  async send() {
    throw new Error('No mail server is set up; mail stays in the outbox.');
  },
};

/** host:port of an smtp:// or smtps:// URL, leaving out any user name and password it carries. */
export function serverOf(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
    return `${url.hostname}:${port}`;
  } catch {
    return 'the mail server in SMTP_URL';
  }
}

/** nodemailer is loaded with the first message, not at start (0037). */
export function smtpDelivery(smtpUrl: string, from: string): MailDelivery {
  let transport: Promise<import('nodemailer').Transporter> | undefined;
  return {
    configured: true,
    server: serverOf(smtpUrl),
    from,
    async send(mail) {
      transport ??= import('nodemailer').then((m) => m.default.createTransport(smtpUrl));
      await (await transport).sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
