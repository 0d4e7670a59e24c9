import { v7 as uuidv7 } from 'uuid';
import type { ClientRule } from '../../domain/clients/care-team.js';
import { authorizeClient, authorizeClientRecord } from '../clients/index.js';
import { appendAudit } from '../platform/audit/append-audit.js';
import type { Actor, RequestContext } from '../platform/context.js';
import { type Deps, inTransaction, type Tx } from '../platform/deps.js';
import { badRequest, conflict } from '../platform/errors.js';
import {
  findNoteLifecycle,
  insertAmendment,
  insertNoteDraft,
  markNoteSigned,
  type NoteColumns,
  type NoteKind,
  updateNoteDraft,
} from './notes.repository.js';

/**
 * One kind of clinical note that is drafted, signed and then locked (amend, never overwrite): the
 * consultation record, the preparation session note, and every note type after them. The feature says
 * what its writing is and who may write it; the lifecycle — and its audit trail — is the same for all.
 */
export interface SignedNoteKind<Body, View> {
  kind: NoteKind;
  /** "record" or "note", for the words people see. */
  noun: string;
  write: ClientRule;
  actions: { create: string; update: string; sign: string; amend: string };
  columns: (body: Body) => NoteColumns;
  load: (tx: Tx, id: string) => Promise<View | undefined>;
  /** What still has to be written before it may be signed; empty when it is ready. */
  missingForSignature: (view: View) => { field: string; message: string }[];
  /** Runs in the signing transaction, after the lock; returns what the audit row should add. */
  afterSign?: (
    tx: Tx,
    ctx: RequestContext,
    signed: { id: string; view: View; client: { id: string; phase: string }; actor: Actor },
  ) => Promise<Record<string, unknown>>;
}

const loaded = async <Body, View>(spec: SignedNoteKind<Body, View>, tx: Tx, id: string) => (await spec.load(tx, id)) as View;

async function authorizeNote<Body, View>(tx: Tx, ctx: RequestContext, spec: SignedNoteKind<Body, View>, id: string) {
  return authorizeClientRecord(tx, ctx, await findNoteLifecycle(tx.db, spec.kind, id), spec.write);
}

/** A new draft, saved half-done as often as needed; locked only when signed. */
export function startNote<Body, View>(
  deps: Deps,
  ctx: RequestContext,
  spec: SignedNoteKind<Body, View>,
  input: Body & { clientId: string },
) {
  return inTransaction(deps, async (tx) => {
    const { actor } = await authorizeClient(tx, ctx, input.clientId, spec.write);
    const id = uuidv7();
    await insertNoteDraft(tx.db, spec.kind, {
      id,
      clientId: input.clientId,
      authorId: actor.userId,
      at: ctx.now.toISOString(),
      columns: spec.columns(input),
    });
    await appendAudit(tx, ctx, { action: spec.actions.create, recordType: spec.kind, recordId: id, detail: { clientId: input.clientId } });
    return loaded(spec, tx, id);
  });
}

/** The autosave: the screen sends the whole draft each time, so a repeated save is harmless. */
export function saveNoteDraft<Body, View>(deps: Deps, ctx: RequestContext, spec: SignedNoteKind<Body, View>, input: Body & { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { record } = await authorizeNote(tx, ctx, spec, input.id);
    if (record.status === 'signed')
      throw conflict(`This ${spec.noun} is signed and locked. Add an amendment instead; the original stays as it was.`, 'record_locked');
    await updateNoteDraft(tx.db, spec.kind, input.id, spec.columns(input), ctx.now.toISOString());
    await appendAudit(tx, ctx, { action: spec.actions.update, recordType: spec.kind, recordId: input.id });
    return loaded(spec, tx, input.id);
  });
}

/** Signing locks it for good (a database trigger refuses any later change). */
export function signNote<Body, View>(deps: Deps, ctx: RequestContext, spec: SignedNoteKind<Body, View>, input: { id: string }) {
  return inTransaction(deps, async (tx) => {
    const { actor, client, record } = await authorizeNote(tx, ctx, spec, input.id);
    if (record.status === 'signed') throw conflict(`This ${spec.noun} is already signed.`, 'record_locked');
    const missing = spec.missingForSignature(await loaded(spec, tx, input.id));
    if (missing.length > 0)
      throw badRequest(
        `The ${spec.noun} is not ready to sign yet.`,
        missing.map((m) => ({ path: m.field, message: m.message })),
      );
    await markNoteSigned(tx.db, spec.kind, input.id, actor.userId, ctx.now.toISOString());
    const view = await loaded(spec, tx, input.id);
    const detail = { clientId: client.id, ...(await spec.afterSign?.(tx, ctx, { id: input.id, view, client, actor })) };
    await appendAudit(tx, ctx, { action: spec.actions.sign, recordType: spec.kind, recordId: input.id, detail });
    return loaded(spec, tx, input.id);
  });
}

/** Corrections to a signed note are added beside it, with author and time; the original is never changed. */
export function amendNote<Body, View>(
  deps: Deps,
  ctx: RequestContext,
  spec: SignedNoteKind<Body, View>,
  input: { id: string; section: string; text: string },
) {
  return inTransaction(deps, async (tx) => {
    const { actor, record } = await authorizeNote(tx, ctx, spec, input.id);
    if (record.status !== 'signed')
      throw conflict(`A draft can still be edited directly; amendments are for signed ${spec.noun}s.`, 'not_signed');
    const amendmentId = uuidv7();
    await insertAmendment(tx.db, spec.kind, {
      id: amendmentId,
      noteId: input.id,
      section: input.section,
      text: input.text,
      authorId: actor.userId,
      at: ctx.now.toISOString(),
    });
    await appendAudit(tx, ctx, {
      action: spec.actions.amend,
      recordType: spec.kind,
      recordId: input.id,
      detail: { amendmentId, section: input.section },
    });
    return loaded(spec, tx, input.id);
  });
}
