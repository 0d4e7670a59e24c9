import type { PrepNoteDraftBody, PrepNoteView } from '../../contracts/preparation.contracts.js';
import { prepNoteMissingForSignature } from '../../domain/preparation/prep-note.js';
import { amendNote, type SignedNoteKind, saveNoteDraft, signNote, startNote } from '../notes/index.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { preparationPolicy } from './preparation.policy.js';
import { loadNote, noteColumns } from './preparation.repository.js';

/** A preparation session note is a signed note: drafted as the session goes, signed, then only amended. */
const prepNote: SignedNoteKind<PrepNoteDraftBody, PrepNoteView> = {
  kind: 'preparation_note',
  noun: 'note',
  write: preparationPolicy.write,
  actions: {
    create: 'preparation.note_create',
    update: 'preparation.note_update',
    sign: 'preparation.note_sign',
    amend: 'preparation.note_amend',
  },
  columns: noteColumns,
  load: (tx, id) => loadNote(tx.db, id),
  missingForSignature: (note) => prepNoteMissingForSignature({ ...note, heldOn: note.heldOn ?? '' }),
};

export const startPrepNote = (deps: Deps, ctx: RequestContext, input: PrepNoteDraftBody & { clientId: string }) =>
  startNote(deps, ctx, prepNote, input);

export const savePrepNoteDraft = (deps: Deps, ctx: RequestContext, input: PrepNoteDraftBody & { id: string }) =>
  saveNoteDraft(deps, ctx, prepNote, input);

export const signPrepNote = (deps: Deps, ctx: RequestContext, input: { id: string }) => signNote(deps, ctx, prepNote, input);

export const amendPrepNote = (deps: Deps, ctx: RequestContext, input: { id: string; section: string; text: string }) =>
  amendNote(deps, ctx, prepNote, input);
