import { z } from 'zod';
import {
  AMENDABLE_SECTIONS,
  CONSULTATION_DECISIONS,
  PRESENTING_CONCERNS,
  RELATED_THERAPIES,
} from '../domain/consultations/consultation-record.js';
import { CalendarDateSchema } from './clients.contracts.js';

const codes = <T extends readonly { code: string }[]>(list: T) => list.map((i) => i.code) as [T[number]['code'], ...T[number]['code'][]];
const longText = (max: number) => z.string().max(max, `must be at most ${max} characters`).default('');

export const PresentingConcernSchema = z.enum(codes(PRESENTING_CONCERNS));
export const RelatedTherapySchema = z.enum(codes(RELATED_THERAPIES));
export const ConsultationDecisionSchema = z.enum(codes(CONSULTATION_DECISIONS));

/** A draft may be saved half-done; signing checks it is complete. */
export const ConsultationDraftBodySchema = z.object({
  heldOn: z.preprocess((v) => (v === '' ? null : v), CalendarDateSchema.nullable()).default(null),
  emotionalHistory: longText(20_000),
  traumaHistory: longText(20_000),
  priorTreatment: longText(20_000),
  currentMedications: longText(5_000),
  goals: longText(10_000),
  presentingConcerns: z.array(PresentingConcernSchema).max(7).default([]),
  presentingOther: longText(1_000),
  relatedTherapies: z.array(RelatedTherapySchema).max(3).default([]),
  relatedOther: longText(1_000),
  fitNotes: longText(10_000),
  decision: ConsultationDecisionSchema.nullable().default(null),
  decisionReasons: longText(10_000),
});

export const AmendmentBodySchema = z.object({
  section: z.enum(AMENDABLE_SECTIONS),
  text: z.string().trim().min(1, 'write the correction or addition').max(10_000),
});

export const ConsultationSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    authorName: z.string(),
    status: z.enum(['draft', 'signed']),
    heldOn: z.string().nullable(),
    emotionalHistory: z.string(),
    traumaHistory: z.string(),
    priorTreatment: z.string(),
    currentMedications: z.string(),
    goals: z.string(),
    presentingConcerns: z.array(PresentingConcernSchema),
    presentingOther: z.string(),
    relatedTherapies: z.array(RelatedTherapySchema),
    relatedOther: z.string(),
    fitNotes: z.string(),
    decision: ConsultationDecisionSchema.nullable(),
    decisionReasons: z.string(),
    signedAt: z.string().nullable(),
    signedByName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    amendments: z.array(z.object({ id: z.string(), section: z.string(), text: z.string(), authorName: z.string(), createdAt: z.string() })),
  })
  .meta({ id: 'Consultation' });

export const ConsultationListSchema = z.object({
  consultations: z.array(
    ConsultationSchema.pick({ id: true, status: true, heldOn: true, decision: true, authorName: true, signedAt: true, updatedAt: true }),
  ),
});

export type ConsultationDraftBody = z.infer<typeof ConsultationDraftBodySchema>;
export type ConsultationView = z.infer<typeof ConsultationSchema>;
