import type { ButtonHTMLAttributes, Ref } from 'react';

type Variant = 'primary' | 'secondary' | 'quiet' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  /** While true the button is disabled and shows `busyLabel`, so a form cannot be sent twice. */
  busy?: boolean;
  busyLabel?: string;
  small?: boolean;
  /** So focus can return to the button that opened a form. */
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', busy = false, busyLabel, small = false, className, children, type, ...rest }: ButtonProps) {
  const classes = ['button', `button-${variant}`, small ? 'button-small' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <button type={type ?? 'button'} className={classes} disabled={busy || rest.disabled} aria-busy={busy || undefined} {...rest}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}
