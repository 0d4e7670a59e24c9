import { useEffect, useRef, useState } from 'react';
import type { ContentEntryBody } from '../../../contracts/session-console.contracts';
import type { ConsoleState, TimelineEntryView } from './console-types';
import { describeEntry, type TermLabels } from './describe-entry';
import { type ChangeField, type Choices, changeFields, initialValues, replacementFrom } from './entry-change';
import type { Log } from './LogPads';
import type { OutboxRecord } from './outbox-store';

const time = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' });

interface TimelineProps {
  entries: TimelineEntryView[];
  local: OutboxRecord[];
  terms: TermLabels;
  meId: string | null;
  now: number;
  log: Log;
  vocabulary?: ConsoleState['vocabulary'];
}

/** Terms offered when correcting an observation: those in use (a retired one stays if the entry has it). */
function termChoices(vocabulary: TimelineProps['vocabulary']): Choices {
  return Object.fromEntries(Object.entries(vocabulary ?? {}).map(([category, list]) => [category, list.map((t) => ({ ...t }))]));
}

/** Server entries in server-time order, then this device's entries not yet on the server. */
export function Timeline({ entries, local, terms, meId, now, log, vocabulary }: TimelineProps) {
  const onServer = new Set(entries.map((e) => e.id));
  const waiting = local.filter((r) => !onServer.has(r.entry.id) && r.entry.kind !== 'edit' && r.entry.kind !== 'amendment');
  const changing = new Set(
    local.flatMap((r) =>
      r.status !== 'synced' && (r.entry.kind === 'edit' || r.entry.kind === 'amendment') ? [r.entry.body.targetId] : [],
    ),
  );
  const choices = termChoices(vocabulary);
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
          const last = e.changes.at(-1);
          return (
            <li key={e.id} className="console-entry" data-entry-id={e.id} data-state="synced">
              <span className="console-entry-time">
                {time(e.serverTime)} <span className="console-muted">(device {time(e.deviceTime)})</span>
              </span>
              <span className={`console-entry-title${e.current ? '' : ' console-entry-struck'}`}>{words.title}</span>
              <span className={`console-entry-detail${e.current ? '' : ' console-entry-struck'}`}>{words.detail}</span>
              <span className="console-entry-state">
                {e.author.name}
                {last && ` · ${last.kind === 'edit' ? 'edited' : 'amended'} by ${last.author.name}${last.reason ? `: ${last.reason}` : ''}`}
                {changing.has(e.id) && ' · change saved on this device'}
              </span>
              {e.changes.length > 0 && <Original entry={e} terms={terms} />}
              {e.current && <ChangeEntry entry={e} current={e.current} editable={editable} log={log} choices={choices} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** A changed entry keeps its original in view: an amendment never overwrites. */
function Original({ entry, terms }: { entry: TimelineEntryView; terms: TermLabels }) {
  return (
    <details className="console-entry-original">
      <summary>Original entry</summary>
      {describeEntry(entry.original, terms).detail || describeEntry(entry.original, terms).title}
    </details>
  );
}

interface ChangeProps {
  entry: TimelineEntryView;
  current: ContentEntryBody;
  editable: boolean;
  log: Log;
  choices: Choices;
}

/** Within the author's window an entry is edited; after it, amended with a reason, keeping the original. */
function ChangeEntry({ entry, current, editable, log, choices }: ChangeProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) toggle.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const what = describeEntry(current).title.toLowerCase();
  if (!open)
    return (
      <button
        ref={toggle}
        type="button"
        className="console-link console-entry-change"
        aria-label={`${editable ? 'Edit' : 'Amend'} ${what} at ${time(entry.occurredAt)}`}
        onClick={() => setOpen(true)}
      >
        {editable ? 'Edit' : 'Amend'}
      </button>
    );
  return <ChangeForm entry={entry} current={current} editable={editable} log={log} choices={choices} close={() => setOpen(false)} />;
}

function ChangeForm({ entry, current, editable, log, choices, close }: ChangeProps & { close: () => void }) {
  const fields = changeFields(current, choices);
  const [values, setValues] = useState(() => initialValues(current));
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const first = useRef<HTMLElement | null>(null);
  useEffect(() => first.current?.focus(), []);
  const id = `change-${entry.id}`;
  const needReason = () => {
    if (editable || reason.trim()) return false;
    setProblem('Please say why it is amended: the original is kept beside it.');
    return true;
  };
  const send = (replacement: ContentEntryBody | null) => {
    if (replacement === null) {
      if (needReason()) return;
      void log({ kind: 'amendment', body: { targetId: entry.id, replacement: null, reason: reason.trim() || 'Entered in error' } });
    } else if (editable) void log({ kind: 'edit', body: { targetId: entry.id, replacement } });
    else {
      if (needReason()) return;
      void log({ kind: 'amendment', body: { targetId: entry.id, replacement, reason: reason.trim() } });
    }
    close();
  };
  return (
    <form
      className="console-change"
      aria-label={editable ? 'Edit this entry' : 'Amend this entry'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          close();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const built = replacementFrom(current, values);
        if ('problem' in built) setProblem(built.problem);
        else send(built.replacement);
      }}
    >
      {fields.map((f, i) => (
        <Field
          key={f.name}
          id={`${id}-${f.name}`}
          field={f}
          value={values[f.name] ?? ''}
          onChange={(value) => setValues({ ...values, [f.name]: value })}
          inputRef={
            i === 0
              ? (el) => {
                  first.current = el;
                }
              : undefined
          }
        />
      ))}
      <div className="console-change-field">
        <label htmlFor={`${id}-reason`}>{editable ? 'Reason (optional)' : 'Reason for the amendment'}</label>
        <input
          id={`${id}-reason`}
          ref={
            fields.length === 0
              ? (el) => {
                  first.current = el;
                }
              : undefined
          }
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      {problem && (
        <p className="console-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="console-change-actions">
        {fields.length > 0 && (
          <button type="submit" className="console-tap console-save">
            {editable ? 'Save edit' : 'Save amendment'}
          </button>
        )}
        <button type="button" className="console-tap" onClick={() => send(null)}>
          Mark as entered in error
        </button>
        <button type="button" className="console-tap" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  field: ChangeField;
  value: string;
  onChange: (value: string) => void;
  inputRef?: (el: HTMLElement | null) => void;
}

function Field({ id, field, value, onChange, inputRef }: FieldProps) {
  return (
    <div className={`console-change-field${field.type === 'longtext' ? ' console-change-wide' : ''}`}>
      <label htmlFor={id}>{field.label}</label>
      {field.type === 'longtext' && <textarea id={id} ref={inputRef} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />}
      {(field.type === 'text' || field.type === 'number') && (
        <input
          id={id}
          ref={inputRef}
          inputMode={field.type === 'number' ? 'numeric' : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {field.type === 'choice' && (
        <select id={id} ref={inputRef} value={value} onChange={(e) => onChange(e.target.value)}>
          {(field.choices ?? [])
            .filter((c) => !('retired' in c && c.retired) || c.code === value)
            .map((c) => (
              <option key={c.code} value={c.code}>
                {c.label}
              </option>
            ))}
        </select>
      )}
    </div>
  );
}
