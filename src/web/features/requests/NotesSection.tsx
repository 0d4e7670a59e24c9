import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { EnquiryDetail } from '../../api/types';
import { usePracticeTime } from '../../kernel/practice';
import { Button } from '../../ui/Button';
import { ErrorSummary, fieldErrorsOf } from '../../ui/ErrorSummary';
import { Textarea } from '../../ui/Textarea';
import { useAddNote } from './requests.api';

export function NotesSection({ request }: { request: EnquiryDetail }) {
  const time = usePracticeTime();
  const addNote = useAddNote(request.id);
  const [body, setBody] = useState('');
  const [added, setAdded] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  // The button is busy while the note saves, so focus would fall to the page; it goes to the message.
  useEffect(() => {
    if (added) doneRef.current?.focus();
  }, [added]);
  const errors = fieldErrorsOf(addNote.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    addNote.mutate(
      { body },
      {
        onSuccess: () => {
          setBody('');
          setAdded(true);
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="notes-heading">
      <h2 id="notes-heading" className="card-title">
        Notes <span className="card-count">{request.notes.length}</span>
      </h2>
      {request.notes.length === 0 ? (
        <p className="muted">No notes yet. Notes are for the team: calls made, messages left, what was agreed.</p>
      ) : (
        <ol className="notes">
          {request.notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note-body">{note.body}</p>
              <p className="note-meta">
                {note.authorName} · <time dateTime={note.createdAt}>{time.dateTime(note.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      <form className="form form-compact" onSubmit={onSubmit} noValidate>
        <ErrorSummary error={addNote.error} title="The note was not added" fields={{ body: 'Add a note' }} />
        <Textarea
          name="body"
          label="Add a note"
          hint="Visible to staff who work the queue. Keep clinical detail for the client’s record."
          rows={4}
          value={body}
          error={errors.body}
          onChange={(event) => {
            setBody(event.currentTarget.value);
            setAdded(false);
          }}
        />
        <div className="form-actions">
          <Button type="submit" busy={addNote.isPending} busyLabel="Adding…">
            Add note
          </Button>
          <p className="form-done" role="status" tabIndex={-1} ref={doneRef}>
            {added ? 'Note added.' : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
