import type { Kysely } from 'kysely';
import type { ConsultationDraftBody, ConsultationView } from '../../contracts/consultations.contracts.js';
import { fromJsonColumn, toJsonColumn } from '../../db/json-column.js';
import type { Database } from '../../db/schema.js';
import { listAmendments } from '../notes/index.js';

export function draftColumns(body: ConsultationDraftBody) {
  return {
    held_on: body.heldOn ?? '',
    emotional_history: body.emotionalHistory,
    trauma_history: body.traumaHistory,
    prior_treatment: body.priorTreatment,
    current_medications: body.currentMedications,
    goals: body.goals,
    presenting_concerns: toJsonColumn(body.presentingConcerns),
    presenting_other: body.presentingOther,
    related_therapies: toJsonColumn(body.relatedTherapies),
    related_other: body.relatedOther,
    fit_notes: body.fitNotes,
    decision: body.decision,
    decision_reasons: body.decisionReasons,
  };
}

function consultationQuery(db: Kysely<Database>) {
  return db
    .selectFrom('consultations')
    .innerJoin('users as author', 'author.id', 'consultations.author_id')
    .leftJoin('users as signer', 'signer.id', 'consultations.signed_by')
    .selectAll('consultations')
    .select(['author.display_name as author_name', 'signer.display_name as signed_by_name']);
}

export function findConsultationRow(db: Kysely<Database>, id: string) {
  return consultationQuery(db).where('consultations.id', '=', id).executeTakeFirst();
}

export async function loadConsultation(db: Kysely<Database>, id: string): Promise<ConsultationView | undefined> {
  const row = await findConsultationRow(db, id);
  if (!row) return undefined;
  const amendments = await listAmendments(db, 'consultation', id);
  return {
    id: row.id,
    clientId: row.client_id,
    authorName: row.author_name,
    status: row.status,
    heldOn: row.held_on || null,
    emotionalHistory: row.emotional_history,
    traumaHistory: row.trauma_history,
    priorTreatment: row.prior_treatment,
    currentMedications: row.current_medications,
    goals: row.goals,
    presentingConcerns: fromJsonColumn(row.presenting_concerns),
    presentingOther: row.presenting_other,
    relatedTherapies: fromJsonColumn(row.related_therapies),
    relatedOther: row.related_other,
    fitNotes: row.fit_notes,
    decision: row.decision as ConsultationView['decision'],
    decisionReasons: row.decision_reasons,
    signedAt: row.signed_at,
    signedByName: row.signed_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    amendments: amendments as ConsultationView['amendments'],
  };
}

export function listConsultationRows(db: Kysely<Database>, clientId: string) {
  return consultationQuery(db).where('consultations.client_id', '=', clientId).orderBy('consultations.created_at', 'desc').execute();
}
