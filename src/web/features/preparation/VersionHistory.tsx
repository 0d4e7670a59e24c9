import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useId, useState } from 'react';
import type {
  AuthorshipView,
  SafetyPlanHistory as SafetyPlanHistoryView,
  TouchPreferencesHistory as TouchHistoryView,
} from '../../../contracts/preparation.contracts';
import { api } from '../../api/client';
import { Button } from '../../ui/Button';
import { LoadError, Loading } from '../../ui/LoadState';
import { Versioned } from './Versioned';
import { SafetyPlanFacts, TouchFacts } from './VersionFacts';

/**
 * A record's versions behind one button, so the current version stays the first thing read. Opening it is
 * a read of the client's record and the server audits it.
 */
interface HistoryToggleProps {
  label: string;
  count: number;
  children: () => ReactNode;
  /** In the portal the button is the portal's, with its larger touch target. */
  portal?: boolean;
}

export function HistoryToggle({ label, count, children, portal = false }: HistoryToggleProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (count < 1) return null;
  const text = `${open ? 'Hide' : 'Show'} ${label} (${count} ${count === 1 ? 'version' : 'versions'})`;
  const toggle = { 'aria-expanded': open, 'aria-controls': id, onClick: () => setOpen(!open) };
  return (
    <div className="version-history">
      {portal ? (
        <button type="button" className="portal-button portal-button-secondary" {...toggle}>
          {text}
        </button>
      ) : (
        <Button small variant="quiet" {...toggle}>
          {text}
        </Button>
      )}
      <div id={id} hidden={!open}>
        {open && children()}
      </div>
    </div>
  );
}

interface ItemsProps<T> {
  versions: T[];
  render: (v: T) => ReactNode;
  portalTimeZone: string | undefined;
}

function VersionItems<T extends { authorship: AuthorshipView }>({ versions, render, portalTimeZone }: ItemsProps<T>) {
  return (
    <ol className="version-list">
      {versions.map((v) => (
        <li key={v.authorship.version}>
          <Versioned current={v.authorship} empty="" portalTimeZone={portalTimeZone} />
          {render(v)}
        </li>
      ))}
    </ol>
  );
}

/** `from` is the chart's client id, or 'portal' for the client's own records (which passes the practice's time zone). */
type From = string;
const base = (from: From) => (from === 'portal' ? '/portal' : `/clients/${encodeURIComponent(from)}`);
const historyKey = (from: From, kind: string) =>
  from === 'portal' ? ['portal', 'prep', 'history', kind] : ['preparation', from, 'history', kind];

function useHistory<T>(from: From, kind: 'touch-preferences' | 'safety-plan') {
  return useQuery({ queryKey: historyKey(from, kind), queryFn: () => api.get<T>(`${base(from)}/${kind}/versions`) });
}

export function TouchHistory({ from, portalTimeZone }: { from: From; portalTimeZone?: string }) {
  const history = useHistory<TouchHistoryView>(from, 'touch-preferences');
  if (history.isError) return <LoadError error={history.error} onRetry={() => history.refetch()} />;
  if (!history.data) return <Loading label="Loading the versions…" />;
  return <VersionItems versions={history.data.versions} render={(v) => <TouchFacts value={v} />} portalTimeZone={portalTimeZone} />;
}

export function SafetyPlanHistory({ from, portalTimeZone }: { from: From; portalTimeZone?: string }) {
  const history = useHistory<SafetyPlanHistoryView>(from, 'safety-plan');
  if (history.isError) return <LoadError error={history.error} onRetry={() => history.refetch()} />;
  if (!history.data) return <Loading label="Loading the versions…" />;
  return <VersionItems versions={history.data.versions} render={(v) => <SafetyPlanFacts value={v} />} portalTimeZone={portalTimeZone} />;
}
