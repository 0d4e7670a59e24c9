import type { ChangeEvent } from 'react';
import { TextField } from '../ui/TextField';
import { PASSWORD_HINT } from './password-hint';

/** The one place a new password is chosen (first admin, staff and client invitations): same rule, same words. */
export function NewPasswordField(props: {
  name?: string;
  label: string;
  value: string;
  error?: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <TextField
      name={props.name ?? 'password'}
      label={props.label}
      type="password"
      autoComplete="new-password"
      hint={PASSWORD_HINT}
      value={props.value}
      error={props.error}
      onChange={props.onChange}
    />
  );
}
