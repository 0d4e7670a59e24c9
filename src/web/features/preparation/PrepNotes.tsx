import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PrepNoteDraftBody, PrepNoteView } from '../../../contracts/preparation.contracts';
import { useAutosavedDraft } from '../../kernel/autosaved-draft';
import { usePractice, usePracticeTime } from '../../kernel/practice';
import { formatDateTime } from '../../kernel/time';
import { Button } from '../../ui/Button';
import { DraftStatus } from '../../ui/DraftStatus';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { TextField } from '../../ui/TextField';
import { formatCalendarDate } from '../clients';
import {
  type PreparationOverview,
  prepKeys,
  savePrepDraft,
  useAmendPrepNote,
  usePrepNote,
  useSignPrepNote,
  useStartPrepNote,
} from './preparation.api';

const SECTIONS = [
  { key: 'explored', label: 'What was explored' },
  { key: 'practised', label: 'What was practised' },
  { key: 'nextSteps', label: 'Next steps' },
] as const;

function DraftEditor({ clientId, note, onDone }: { clientId: string; note: PrepNoteView; onDone: () => void }) {
  const queryClient = useQueryClient();
  const sign = useSignPrepNote(clientId);
  const [body, setBody] = useState<PrepNoteDraftBody>({
    heldOn: note.heldOn,
    explored: note.explored,
    practised: note.practised,
    nextSteps: note.nextSteps,
  });
  const autosave = useAutosavedDraft({
    value: body,
    save: (value, keepalive) => savePrepDraft(note.id, value, keepalive),
    onSaved: (saved) => queryClient.setQueryData(prepKeys.note(note.id), saved),
    savedAt: note.updatedAt !== note.createdAt ? note.updatedAt : null,
  });
  const onSign = async () => {
    autosave.cancel();
    try {
      await savePrepDraft(note.id, body, false);
      await sign.mutateAsync(note.id);
      void queryClient.invalidateQueries({ queryKey: prepKeys.note(note.id) });
      onDone();
    } catch {
      autosave.resume();
    }
  };
  return (
    <div className="form form-compact prep-note-editor">
      <ErrorSummary error={sign.error} title="The note was not signed" fields={{ heldOn: 'Date held', explored: SECTIONS[0].label }} />
      <TextField
        name="heldOn"
        type="date"
        label="Date held"
        value={body.heldOn ?? ''}
        onChange={(e) => setBody({ ...body, heldOn: e.currentTarget.value || null })}
        onBlur={autosave.onBlur}
      />
      {SECTIONS.map((s) => (
        <Textarea
          key={s.key}
          name={s.key}
          label={s.label}
          rows={4}
          value={body[s.key]}
          onChange={(e) => setBody({ ...body, [s.key]: e.currentTarget.value })}
          onBlur={autosave.onBlur}
        />
      ))}
      <DraftStatus state={autosave.state} savedAt={autosave.savedAt} refusal={autosave.refusal} />
      <div className="form-actions">
        <Button busy={sign.isPending} busyLabel="Signing…" onClick={() => void onSign()}>
          Sign and lock
        </Button>
      </div>
    </div>
  );
}

function SignedNote({ clientId, note }: { clientId: string; note: PrepNoteView }) {
  const timeZone = usePractice().data?.timeZone;
  const amend = useAmendPrepNote(clientId);
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  return (
    <div className="prep-note">
      <p className="record-meta">
        Signed by {note.signedByName}, {note.signedAt ? formatDateTime(note.signedAt, timeZone) : ''}. Locked: corrections are added as
        amendments.
      </p>
      {SECTIONS.map((s) => (
        <div key={s.key}>
          <h5 className="prep-note-label">{s.label}</h5>
          <p className="prep-note-text">{note[s.key] || '—'}</p>
        </div>
      ))}
      {note.amendments.map((a) => (
        <p key={a.id} className="prep-amendment">
          Amendment by {a.authorName}, {formatDateTime(a.createdAt, timeZone)}: {a.text}
        </p>
      ))}
      <form
        className="form form-compact"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          amend.mutate(
            { id: note.id, section: 'other', text },
            {
              onSuccess: () => {
                setText('');
                void queryClient.invalidateQueries({ queryKey: prepKeys.note(note.id) });
              },
            },
          );
        }}
      >
        <ErrorSummary error={amend.error} title="The amendment was not added" />
        <Textarea
          name="amendment"
          id={`amend-${note.id}`}
          label="Add an amendment"
          rows={2}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <Button type="submit" variant="secondary" small busy={amend.isPending} busyLabel="Adding…">
          Add amendment
        </Button>
      </form>
    </div>
  );
}

function OpenNote({ clientId, id, onDone }: { clientId: string; id: string; onDone: () => void }) {
  const note = usePrepNote(id);
  // A draft is edited only as the server has it now, never from an older copy in the cache.
  if (!note.data || (note.data.status === 'draft' && !note.isFetchedAfterMount)) return <p>Loading the note…</p>;
  return note.data.status === 'draft' ? (
    <DraftEditor clientId={clientId} note={note.data} onDone={onDone} />
  ) : (
    <SignedNote clientId={clientId} note={note.data} />
  );
}

export function PrepNotes({ clientId, notes, canWrite }: { clientId: string; notes: PreparationOverview['notes']; canWrite: boolean }) {
  const start = useStartPrepNote(clientId);
  const [open, setOpen] = useState<string | null>(null);
  const time = usePracticeTime();
  const begin = () =>
    start.mutate({ heldOn: time.today(), explored: '', practised: '', nextSteps: '' }, { onSuccess: (note) => setOpen(note.id) });
  return (
    <section className="card" aria-labelledby="prep-notes-heading">
      <h3 id="prep-notes-heading" className="card-title">
        Preparation session notes
      </h3>
      {notes.length === 0 && <p>No preparation notes yet.</p>}
      <ul className="prep-list">
        {notes.map((n) => (
          <li key={n.id} className="consent-row">
            <span>
              {n.heldOn ? formatCalendarDate(n.heldOn) : 'Date not set'} · {n.authorName} · {n.status === 'signed' ? 'Signed' : 'Draft'}
            </span>
            <Button small variant="quiet" onClick={() => setOpen(open === n.id ? null : n.id)} aria-expanded={open === n.id}>
              {open === n.id ? 'Close' : n.status === 'draft' ? 'Continue' : 'Read'}
            </Button>
          </li>
        ))}
      </ul>
      {open && <OpenNote key={open} clientId={clientId} id={open} onDone={() => setOpen(null)} />}
      {canWrite && !open && (
        <Button variant="secondary" busy={start.isPending} busyLabel="Starting…" onClick={begin}>
          Write a preparation note
        </Button>
      )}
    </section>
  );
}
