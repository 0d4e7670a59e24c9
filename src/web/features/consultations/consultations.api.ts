import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ConsultationListSchema, ConsultationView } from '../../../contracts/consultations.contracts';
import type {
  AmendableSection,
  ConsultationDecision,
  PresentingConcern,
  RelatedTherapy,
} from '../../../domain/consultations/consultation-record';
import { api } from '../../api/client';
import { clientKeys } from '../clients';

export type { ConsultationView };
export type ConsultationList = z.infer<typeof ConsultationListSchema>;

/** The draft as the form holds it: every text as typed, a date as YYYY-MM-DD or blank. */
export interface DraftForm {
  heldOn: string;
  emotionalHistory: string;
  traumaHistory: string;
  priorTreatment: string;
  currentMedications: string;
  goals: string;
  presentingConcerns: PresentingConcern[];
  presentingOther: string;
  relatedTherapies: RelatedTherapy[];
  relatedOther: string;
  fitNotes: string;
  decision: ConsultationDecision | null;
  decisionReasons: string;
}

export const consultationKeys = {
  list: (clientId: string) => ['consultations', 'list', clientId] as const,
  one: (id: string) => ['consultations', 'one', id] as const,
};

const one = (id: string) => `/consultations/${encodeURIComponent(id)}`;

export function useConsultations(clientId: string) {
  return useQuery({
    queryKey: consultationKeys.list(clientId),
    queryFn: () => api.get<ConsultationList>(`/clients/${encodeURIComponent(clientId)}/consultations`),
  });
}

export function useConsultation(id: string) {
  // Always read afresh on opening: a draft is edited only as the server has it now.
  return useQuery({ queryKey: consultationKeys.one(id), queryFn: () => api.get<ConsultationView>(one(id)), refetchOnMount: 'always' });
}

/** Every write answers with the whole record; signing also moves the client along the path. */
function useConsultationWrite<Body>(clientId: string, send: (body: Body) => Promise<ConsultationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (record) => {
      queryClient.setQueryData(consultationKeys.one(record.id), record);
      void queryClient.invalidateQueries({ queryKey: consultationKeys.list(clientId) });
      if (record.status === 'signed') void queryClient.invalidateQueries({ queryKey: clientKeys.detail(clientId) });
    },
  });
}

/** A new record starts dated today where the practice is; the therapist changes it if it was held another day. */
export function useStartConsultation(clientId: string) {
  return useConsultationWrite(clientId, (heldOn: string) =>
    api.post<ConsultationView>(`/clients/${encodeURIComponent(clientId)}/consultations`, { heldOn }),
  );
}

/** The autosave: the whole draft each time; `keepalive` when the page is closing. */
export function saveConsultationDraft(id: string, body: DraftForm, keepalive: boolean): Promise<ConsultationView> {
  return api.put<ConsultationView>(one(id), body, { keepalive });
}

/** Keeps the cached record in step with each autosave, so coming back shows the draft as last saved. */
export function useKeepDraftCached() {
  const queryClient = useQueryClient();
  return (record: ConsultationView) => queryClient.setQueryData(consultationKeys.one(record.id), record);
}

/** Saves what is on the screen first, so the record signed is the one the therapist sees. */
export function useSignConsultation(clientId: string, id: string) {
  return useConsultationWrite(clientId, async (body: DraftForm) => {
    await api.put<ConsultationView>(one(id), body);
    return api.post<ConsultationView>(`${one(id)}/sign`);
  });
}

export function useAmendConsultation(clientId: string, id: string) {
  return useConsultationWrite(clientId, (body: { section: AmendableSection; text: string }) =>
    api.post<ConsultationView>(`${one(id)}/amendments`, body),
  );
}

export function draftOf(record: ConsultationView): DraftForm {
  return {
    heldOn: record.heldOn ?? '',
    emotionalHistory: record.emotionalHistory,
    traumaHistory: record.traumaHistory,
    priorTreatment: record.priorTreatment,
    currentMedications: record.currentMedications,
    goals: record.goals,
    presentingConcerns: [...record.presentingConcerns],
    presentingOther: record.presentingOther,
    relatedTherapies: [...record.relatedTherapies],
    relatedOther: record.relatedOther,
    fitNotes: record.fitNotes,
    decision: record.decision,
    decisionReasons: record.decisionReasons,
  };
}
