import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { CLIENT_PHASES, PHASE_LABELS } from './client-phase';
import type { StaffDirectoryEntry } from './client-types';
import type { ClientFilters as Filters } from './clients.api';

const FLAG_OPTIONS = [
  { value: 'open', label: 'With an open safety flag' },
  { value: 'urgent', label: 'With an urgent safety flag' },
];

interface ClientFiltersProps {
  current: Filters;
  therapists: StaffDirectoryEntry[] | undefined;
  onApply: (filters: Filters) => void;
}

/** A search form: Enter in the name field (or the button) applies every filter at once. */
export function ClientFilters({ current, therapists, onApply }: ClientFiltersProps) {
  const [form, setForm] = useState({
    q: current.q ?? '',
    phase: current.phase ?? '',
    therapistId: current.therapistId ?? '',
    flagged: current.flagged ?? '',
  });
  const set = (key: keyof typeof form) => (event: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: event.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      q: form.q.trim() || undefined,
      phase: (form.phase || undefined) as Filters['phase'],
      therapistId: form.therapistId || undefined,
      flagged: (form.flagged || undefined) as Filters['flagged'],
    });
  };
  const filtered = Boolean(current.q || current.phase || current.therapistId || current.flagged);
  return (
    <search>
      <form className="client-filters" onSubmit={onSubmit} aria-label="Find a client">
        <TextField name="q" type="search" label="Name" autoComplete="off" value={form.q} onChange={set('q')} />
        <Select
          name="phase"
          label="Phase"
          placeholder="Any phase"
          options={CLIENT_PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] }))}
          value={form.phase}
          onChange={set('phase')}
        />
        {therapists && (
          <Select
            name="therapistId"
            label="Therapist"
            placeholder="Any therapist"
            options={therapists.map((person) => ({ value: person.id, label: person.displayName }))}
            value={form.therapistId}
            onChange={set('therapistId')}
          />
        )}
        <Select
          name="flagged"
          label="Safety flags"
          placeholder="Anyone"
          options={FLAG_OPTIONS}
          value={form.flagged}
          onChange={set('flagged')}
        />
        <div className="client-filters-actions">
          <Button type="submit">Search</Button>
          {filtered && (
            <Link to="/clients" className="button button-quiet">
              Clear
            </Link>
          )}
        </div>
      </form>
    </search>
  );
}
