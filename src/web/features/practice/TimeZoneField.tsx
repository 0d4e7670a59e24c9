import { useMemo } from 'react';
import { TextField } from '../../ui/TextField';

function offsetOf(timeZone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName');
    return part?.value.replace('GMT', 'UTC') ?? '';
  } catch {
    return '';
  }
}

export function timeZones(): string[] {
  return typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
}

/**
 * A text field with the browser's list of time zones as suggestions: type part of a city
 * ("Los", "London") and choose. The server checks the value is a real zone.
 */
export function TimeZoneField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string | undefined;
  onChange: (value: string) => void;
}) {
  const zones = useMemo(timeZones, []);
  const known = zones.includes(value);
  return (
    <>
      <TextField
        name="timeZone"
        label="Time zone"
        hint={`Every time in Holdspace is shown in this zone. Type part of a city name, such as “Los Angeles” or “London”, and choose from the list.${known ? ` Now: ${offsetOf(value)}.` : ''}`}
        list="time-zone-list"
        autoComplete="off"
        spellCheck={false}
        value={value}
        error={error}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
      <datalist id="time-zone-list">
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {`${zone.replaceAll('_', ' ')} (${offsetOf(zone)})`}
          </option>
        ))}
      </datalist>
    </>
  );
}
