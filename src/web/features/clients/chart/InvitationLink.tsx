import { useId, useState } from 'react';
import { Button } from '../../../ui/Button';

/**
 * The one-time invitation link, shown once to the staff member who invited, when no mail server will send it
 * (decision 0029). Selectable as well as copyable, for a browser that refuses the clipboard.
 */
export function InvitationLink({ link, name }: { link: string; name: string }) {
  const id = useId();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <div className="invitation-link">
      <label htmlFor={id} className="field-label">
        One-time link for {name}
      </label>
      <div className="invitation-link-row">
        <input id={id} className="input" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <Button variant="secondary" small onClick={copy}>
          Copy link
        </Button>
      </div>
      <p className="small muted">
        {copied === true ? 'Copied. ' : copied === false ? 'Could not copy; select the link and copy it instead. ' : ''}
      </p>
    </div>
  );
}
