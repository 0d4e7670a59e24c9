/** What other features may use of signed notes: the shared draft / sign / amend lifecycle. */
export { listAmendments, type NoteColumns } from './notes.repository.js';
export { amendNote, type SignedNoteKind, saveNoteDraft, signNote, startNote } from './signed-notes.js';
