import { useState } from 'react';
import type { ConsoleState, TimelineEntryView } from './console-types';
import { describeEntry, type TermLabels } from './describe-entry';
import type { Log } from './LogPads';
import type { OutboxRecord } from './outbox-store';

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' });

export function DischargePanel({ state }: { state: ConsoleState }) {
  const d = state.discharge;
  return (
    <section className="console-pad" aria-labelledby="console-discharge">
      <h2 id="console-discharge">Discharge checklist</h2>
      <ul className="console-checks">
        {d.items.map((item) => (
          <li key={item.code}>
            <span aria-hidden="true">{item.holds ? '✓' : '○'} </span>
            {item.label}: {item.holds ? 'holds' : 'not yet'}
            {item.detail && <span className="console-muted"> — {item.detail}</span>}
          </li>
        ))}
      </ul>
      <p>{d.allHold ? 'Every item holds.' : 'Discharging now needs the prescriber’s recorded reason.'}</p>
    </section>
  );
}

interface TimelineProps {
  entries: TimelineEntryView[];
  local: OutboxRecord[];
  terms: TermLabels;
  meId: string | null;
  now: number;
  log: Log;
}

/** Server entries in server-time order, then this device's entries not yet on the server. */
export function Timeline({ entries, local, terms, meId, now, log }: TimelineProps) {
  const onServer = new Set(entries.map((e) => e.id));
  const waiting = local.filter((r) => !onServer.has(r.entry.id) && r.entry.kind !== 'edit' && r.entry.kind !== 'amendment');
  return (
    <section className="console-timeline" aria-labelledby="console-timeline">
      <h2 id="console-timeline">Timeline</h2>
      <ol reversed data-testid="timeline">
        {[...waiting].reverse().map((r) => {
          const words = describeEntry(r.entry, terms);
          return (
            <li key={r.entry.id} className="console-entry" data-entry-id={r.entry.id} data-state={r.status}>
              <span className="console-entry-time">{time(r.entry.deviceTime)} on this device</span>
              <span className="console-entry-title">{words.title}</span>
              <span className="console-entry-detail">{words.detail}</span>
              <span className="console-entry-state">{r.status === 'refused' ? `Not accepted: ${r.problem}` : 'Saved on this device'}</span>
            </li>
          );
        })}
        {[...entries].reverse().map((e) => {
          const words = e.current
            ? describeEntry(e.current, terms)
            : { title: describeEntry(e.original, terms).title, detail: 'Entered in error' };
          const editable = e.author.id === meId && e.editableUntil !== null && new Date(e.editableUntil).getTime() > now;
          return (
            <li key={e.id} className="console-entry" data-entry-id={e.id} data-state="synced">
              <span className="console-entry-time">
                {time(e.serverTime)} <span className="console-muted">(device {time(e.deviceTime)})</span>
              </span>
              <span className="console-entry-title">{words.title}</span>
              <span className="console-entry-detail">{words.detail}</span>
              <span className="console-entry-state">
                {e.author.name}
                {e.changes.length > 0 && ` · ${e.changes.length === 1 ? 'changed once' : `changed ${e.changes.length} times`}`}
              </span>
              {e.current && <ChangeEntry entry={e} editable={editable} log={log} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Within the author's window an entry is edited; after it, amended with a reason, keeping the original. */
function ChangeEntry({ entry, editable, log }: { entry: TimelineEntryView; editable: boolean; log: Log }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <button type="button" className="console-link" onClick={() => setOpen(true)}>
        {editable ? 'Edit' : 'Amend'}
      </button>
    );
  const id = `change-${entry.id}`;
  return (
    <form
      className="console-change"
      onSubmit={(event) => {
        event.preventDefault();
        if (!editable && reason.trim() === '') return;
        void log(
          editable
            ? { kind: 'amendment', body: { targetId: entry.id, replacement: null, reason: reason.trim() || 'Entered in error' } }
            : { kind: 'amendment', body: { targetId: entry.id, replacement: null, reason: reason.trim() } },
        );
        setOpen(false);
      }}
    >
      <label htmlFor={id}>{editable ? 'Why remove it (optional)' : 'Reason for the amendment'}</label>
      <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" className="console-link">
        Mark as entered in error
      </button>
      <button type="button" className="console-link" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
