import { MONITORING_GROUPS, type MonitoringForm } from './monitoring-form';
import { UnitField } from './UnitField';

interface MonitoringFieldsProps {
  value: MonitoringForm;
  errors: Record<string, string>;
  onChange: (value: MonitoringForm) => void;
}

function errorFor(errors: Record<string, string>, path: string): string | undefined {
  const key = `monitoring.${path}`;
  return errors[key] ?? Object.entries(errors).find(([k]) => k.startsWith(`${key}.`))?.[1];
}

/** The monitoring numbers, grouped as the session uses them. */
export function MonitoringFields({ value, errors, onChange }: MonitoringFieldsProps) {
  return (
    <>
      {MONITORING_GROUPS.map((group) => (
        <fieldset key={group.legend} className="form-section">
          <legend className="form-section-title">{group.legend}</legend>
          {'hint' in group && <p className="field-hint">{group.hint}</p>}
          <div className="unit-grid">
            {group.fields.map((field) => (
              <UnitField
                key={field.path}
                name={`monitoring.${field.path}`}
                label={field.label}
                unit={field.unit}
                className={'list' in field ? 'input-list' : undefined}
                hint={
                  'list' in field ? 'Separate with commas. Vitals are also due at discharge.' : 'hint' in field ? field.hint : undefined
                }
                value={value[field.path]}
                error={errorFor(errors, field.path)}
                onChange={(event) => onChange({ ...value, [field.path]: event.currentTarget.value })}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
