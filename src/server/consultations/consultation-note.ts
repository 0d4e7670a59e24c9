import type { ConsultationDraftBody, ConsultationView } from '../../contracts/consultations.contracts.js';
import {
  type AmendableSection,
  CONSULTATION_DECISIONS,
  type ConsultationDecision,
  missingForSignature,
  phaseAfterDecision,
} from '../../domain/consultations/consultation-record.js';
import { transitionPhase } from '../clients/index.js';
import { amendNote, type SignedNoteKind, saveNoteDraft, signNote, startNote } from '../notes/index.js';
import type { RequestContext } from '../platform/context.js';
import type { Deps } from '../platform/deps.js';
import { consultationsPolicy } from './consultations.policy.js';
import { draftColumns, loadConsultation } from './consultations.repository.js';

/** The consultation record is a signed note: drafted, signed once complete, then only amended. */
const consultationRecord: SignedNoteKind<ConsultationDraftBody, ConsultationView> = {
  kind: 'consultation',
  noun: 'record',
  write: consultationsPolicy.write,
  actions: { create: 'consultation.create', update: 'consultation.update', sign: 'consultation.sign', amend: 'consultation.amend' },
  columns: draftColumns,
  load: (tx, id) => loadConsultation(tx.db, id),
  missingForSignature: (record) => missingForSignature({ ...record, heldOn: record.heldOn ?? '' }),
  // Signing moves the client along the path the decision names.
  afterSign: async (tx, ctx, { view, client }) => {
    const decision = view.decision as ConsultationDecision;
    const next = phaseAfterDecision(decision);
    if (next !== client.phase) {
      await transitionPhase(tx, ctx, {
        clientId: client.id,
        to: next,
        reason: `Consultation decision: ${CONSULTATION_DECISIONS.find((d) => d.code === decision)?.label ?? decision}`,
        cause: 'consultation_signed',
      });
    }
    return { decision, phase: next };
  },
};

export const startConsultation = (deps: Deps, ctx: RequestContext, input: ConsultationDraftBody & { clientId: string }) =>
  startNote(deps, ctx, consultationRecord, input);

export const saveConsultationDraft = (deps: Deps, ctx: RequestContext, input: ConsultationDraftBody & { id: string }) =>
  saveNoteDraft(deps, ctx, consultationRecord, input);

export const signConsultation = (deps: Deps, ctx: RequestContext, input: { id: string }) => signNote(deps, ctx, consultationRecord, input);

/** Corrections to a signed record are added beside it, with author and time; the original is never changed. */
export const amendConsultation = (deps: Deps, ctx: RequestContext, input: { id: string; section: AmendableSection; text: string }) =>
  amendNote(deps, ctx, consultationRecord, input);
