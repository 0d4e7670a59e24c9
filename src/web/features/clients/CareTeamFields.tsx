import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Select } from '../../ui/Select';
import type { StaffDirectoryEntry } from './client-types';

export interface CareTeamForm {
  therapistId: string;
  prescriberId: string;
  coFacilitatorIds: string[];
}

interface CareTeamFieldsProps {
  staff: StaffDirectoryEntry[];
  value: CareTeamForm;
  errors: Record<string, string>;
  onChange: (value: CareTeamForm) => void;
  /** A new client's team starts with a therapist and a prescriber; co-facilitators join later. */
  withCoFacilitators: boolean;
}

const holding = (staff: StaffDirectoryEntry[], role: string) =>
  staff.filter((person) => person.roles.includes(role)).map((person) => ({ value: person.id, label: person.displayName }));

export function CareTeamFields({ staff, value, errors, onChange, withCoFacilitators }: CareTeamFieldsProps) {
  const coFacilitators = holding(staff, 'co_facilitator');
  return (
    <>
      <div className="field-row field-row-end">
        <Select
          name="therapistId"
          label="Therapist"
          placeholder="No therapist yet"
          options={holding(staff, 'therapist')}
          value={value.therapistId}
          error={errors.therapistId}
          onChange={(event) => onChange({ ...value, therapistId: event.currentTarget.value })}
        />
        <Select
          name="prescriberId"
          label="Prescriber"
          placeholder="No prescriber yet"
          options={holding(staff, 'prescriber')}
          value={value.prescriberId}
          error={errors.prescriberId}
          onChange={(event) => onChange({ ...value, prescriberId: event.currentTarget.value })}
        />
      </div>
      {withCoFacilitators &&
        (coFacilitators.length > 0 ? (
          <CheckboxGroup
            name="coFacilitatorIds"
            legend="Co-facilitators"
            hint="They can read the chart and, later, log vitals and observations during a session."
            options={coFacilitators}
            value={value.coFacilitatorIds}
            error={errors.coFacilitatorIds ?? errors['coFacilitatorIds.0']}
            onChange={(coFacilitatorIds) => onChange({ ...value, coFacilitatorIds })}
          />
        ) : (
          <p className="muted small">No co-facilitators have accounts yet. An admin can invite them from Staff.</p>
        ))}
    </>
  );
}

export function careTeamBody(form: CareTeamForm) {
  return {
    therapistId: form.therapistId || null,
    prescriberId: form.prescriberId || null,
    coFacilitatorIds: form.coFacilitatorIds,
  };
}
