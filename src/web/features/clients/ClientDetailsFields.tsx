import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import type { Client } from './client-types';

export const DETAIL_KEYS = [
  'legalName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'email',
  'phone',
  'address',
  'emergencyContactName',
  'emergencyContactPhone',
  'emergencyContactRelationship',
  'supportPersonName',
  'supportPersonPhone',
  'supportPersonRelationship',
] as const;

export type DetailKey = (typeof DETAIL_KEYS)[number];
export type DetailsForm = Record<DetailKey, string>;

export const DETAIL_LABELS: Record<DetailKey, string> = {
  legalName: 'Full legal name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  email: 'Email',
  phone: 'Phone',
  address: 'Address',
  emergencyContactName: 'Emergency contact’s name',
  emergencyContactPhone: 'Emergency contact’s phone',
  emergencyContactRelationship: 'Emergency contact’s relationship to them',
  supportPersonName: 'Support person’s name',
  supportPersonPhone: 'Support person’s phone',
  supportPersonRelationship: 'Support person’s relationship to them',
};

export function emptyDetails(): DetailsForm {
  return Object.fromEntries(DETAIL_KEYS.map((key) => [key, ''])) as DetailsForm;
}

export function detailsOf(client: Client): DetailsForm {
  return Object.fromEntries(DETAIL_KEYS.map((key) => [key, client[key] ?? ''])) as DetailsForm;
}

interface ClientDetailsFieldsProps {
  value: DetailsForm;
  errors: Record<string, string>;
  onChange: (value: DetailsForm) => void;
}

const INPUT: Partial<Record<DetailKey, { type?: string; hint?: string; className?: string }>> = {
  preferredName: { hint: 'What they like to be called. The chart leads with it.' },
  pronouns: { hint: 'In their words, for example she/her, they/them.' },
  dateOfBirth: { type: 'date', className: 'input-date' },
  email: { type: 'email', hint: 'Needed to invite them to the client portal.' },
  phone: { type: 'tel' },
  emergencyContactPhone: { type: 'tel' },
  supportPersonPhone: { type: 'tel' },
};

/** The person's details in four groups; only the legal name is required. */
export function ClientDetailsFields({ value, errors, onChange }: ClientDetailsFieldsProps) {
  const field = (key: Exclude<DetailKey, 'address'>) => (
    <TextField
      name={key}
      label={DETAIL_LABELS[key]}
      optional={key !== 'legalName'}
      autoComplete="off"
      value={value[key]}
      error={errors[key]}
      onChange={(event) => onChange({ ...value, [key]: event.currentTarget.value })}
      {...INPUT[key]}
    />
  );
  return (
    <>
      <fieldset className="form-section">
        <legend className="form-section-title">Who they are</legend>
        {field('legalName')}
        <div className="field-row field-row-end">
          {field('preferredName')}
          {field('pronouns')}
        </div>
        {field('dateOfBirth')}
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">Contact</legend>
        <div className="field-row field-row-end">
          {field('email')}
          {field('phone')}
        </div>
        <Textarea
          name="address"
          label={DETAIL_LABELS.address}
          optional
          rows={2}
          value={value.address}
          error={errors.address}
          onChange={(event) => onChange({ ...value, address: event.currentTarget.value })}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">Emergency contact</legend>
        <div className="field-row field-row-end">
          {field('emergencyContactName')}
          {field('emergencyContactPhone')}
        </div>
        {field('emergencyContactRelationship')}
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">Support person</legend>
        <p className="field-hint">Often the person who drives them home after a ketamine session.</p>
        <div className="field-row field-row-end">
          {field('supportPersonName')}
          {field('supportPersonPhone')}
        </div>
        {field('supportPersonRelationship')}
      </fieldset>
    </>
  );
}
