import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ACTION_KINDS } from '../../../domain/audit/action-words';
import { Button } from '../../ui/Button';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { exportUrl, type AuditFilters as Filters } from './audit.api';

const KIND_OPTIONS = Object.entries(ACTION_KINDS)
  .map(([value, label]) => ({ value, label }))
  .sort((a, b) => a.label.localeCompare(b.label));

export const NO_FILTERS: Filters = { kind: '', clientId: '', actorId: '', from: '', to: '' };

/** Filters by kind of action, client, person and days; the download takes exactly the rows they select. */
export function AuditFilters({ filters, onApply }: { filters: Filters; onApply: (next: Filters) => void }) {
  const [draft, setDraft] = useState(filters);
  const filtered = Object.values(filters).some(Boolean);
  const set = (name: keyof Filters) => (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [name]: e.currentTarget.value });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply(Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, v.trim()])) as unknown as Filters);
  };
  return (
    <form className="filters card" onSubmit={onSubmit} aria-labelledby="filter-heading">
      <h2 id="filter-heading" className="card-title">
        Filter
      </h2>
      <div className="filters-row">
        <Select
          name="kind"
          label="Kind of action"
          placeholder="Every kind"
          options={KIND_OPTIONS}
          value={draft.kind}
          onChange={set('kind')}
        />
        <TextField
          name="clientId"
          label="Client id"
          hint="From the client’s chart address"
          value={draft.clientId}
          onChange={set('clientId')}
        />
        <TextField name="actorId" label="Person id" hint="The staff member who acted" value={draft.actorId} onChange={set('actorId')} />
        <TextField name="from" type="date" label="From" value={draft.from} onChange={set('from')} />
        <TextField name="to" type="date" label="To" value={draft.to} onChange={set('to')} />
      </div>
      <div className="button-row">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {filtered && (
          <Link to="/audit" className="button button-quiet" onClick={() => setDraft(NO_FILTERS)}>
            Clear filters
          </Link>
        )}
        <a className="button button-quiet" href={exportUrl(filters)} download>
          Download these rows (CSV)
        </a>
      </div>
    </form>
  );
}
