import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ClientConsentsSchema, ConsentDocumentListSchema } from '../../../contracts/consent.contracts';
import type {
  CourseView,
  GroundingToolBody,
  PreparationOverviewSchema,
  PrepNoteDraftBody,
  PrepNoteView,
  SafetyPlanBody,
  TouchPreferencesBody,
} from '../../../contracts/preparation.contracts';
import type {
  DashboardSessionsSchema,
  GateResultView,
  PlannedSessionListSchema,
  PlannedSessionView,
  PlanSessionBody,
  PlanSessionResultSchema,
} from '../../../contracts/readiness.contracts';
import { api } from '../../api/client';

export type PreparationOverview = z.infer<typeof PreparationOverviewSchema>;
export type ClientConsents = z.infer<typeof ClientConsentsSchema>;
export type ConsentDocumentList = z.infer<typeof ConsentDocumentListSchema>;
export type PlanSessionResult = z.infer<typeof PlanSessionResultSchema>;
export type DashboardSessions = z.infer<typeof DashboardSessionsSchema>;

const path = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

export const prepKeys = {
  all: (clientId: string) => ['preparation', clientId] as const,
  overview: (clientId: string) => ['preparation', clientId, 'overview'] as const,
  consents: (clientId: string) => ['preparation', clientId, 'consents'] as const,
  readiness: (clientId: string) => ['preparation', clientId, 'readiness'] as const,
  sessions: (clientId: string) => ['preparation', clientId, 'sessions'] as const,
  note: (id: string) => ['preparation-note', id] as const,
  documents: ['consent-documents'] as const,
  dashboard: ['dashboard', 'planned-sessions'] as const,
};

export function usePreparation(clientId: string) {
  return useQuery({ queryKey: prepKeys.overview(clientId), queryFn: () => api.get<PreparationOverview>(`${path(clientId)}/preparation`) });
}

export function useClientConsents(clientId: string) {
  return useQuery({ queryKey: prepKeys.consents(clientId), queryFn: () => api.get<ClientConsents>(`${path(clientId)}/consents`) });
}

export function useReadiness(clientId: string) {
  return useQuery({ queryKey: prepKeys.readiness(clientId), queryFn: () => api.get<GateResultView>(`${path(clientId)}/readiness`) });
}

export function usePlannedSessions(clientId: string) {
  return useQuery({
    queryKey: prepKeys.sessions(clientId),
    queryFn: () => api.get<z.infer<typeof PlannedSessionListSchema>>(`${path(clientId)}/planned-sessions`),
  });
}

export function usePrepNote(id: string | null) {
  return useQuery({
    enabled: id !== null,
    queryKey: prepKeys.note(id ?? ''),
    // Always read afresh on opening: a draft is edited only as the server has it now.
    refetchOnMount: 'always',
    queryFn: () => api.get<PrepNoteView>(`/preparation-notes/${encodeURIComponent(id ?? '')}`),
    gcTime: 0,
  });
}

/** Every preparation write can change the gate, so each one refreshes the whole tab. */
function usePrepWrite<Body, Result>(clientId: string, send: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: prepKeys.all(clientId) }),
  });
}

export const useSaveCourse = (clientId: string) =>
  usePrepWrite(clientId, (body: { plannedSessionCount: number }) => api.put<CourseView>(`${path(clientId)}/course`, body));
export const useCompletePreparation = (clientId: string) =>
  usePrepWrite(clientId, () => api.post<CourseView>(`${path(clientId)}/course/preparation-complete`));
export const useAddIntention = (clientId: string) =>
  usePrepWrite(clientId, (body: { kind: 'goal' | 'intention'; text: string }) => api.post(`${path(clientId)}/intentions`, body));
export const useReviseIntention = (clientId: string) =>
  usePrepWrite(clientId, ({ id, text, retired = false }: { id: string; text: string; retired?: boolean }) =>
    api.post(`/intentions/${encodeURIComponent(id)}/versions`, { text, retired }),
  );
export const useAddTool = (clientId: string) =>
  usePrepWrite(clientId, (body: GroundingToolBody) => api.post(`${path(clientId)}/grounding-tools`, body));
export const useReviseTool = (clientId: string) =>
  usePrepWrite(clientId, ({ id, ...body }: GroundingToolBody & { id: string; retired: boolean }) =>
    api.put(`/grounding-tools/${encodeURIComponent(id)}`, body),
  );
export const useSaveTouch = (clientId: string) =>
  usePrepWrite(clientId, (body: TouchPreferencesBody) => api.put(`${path(clientId)}/touch-preferences`, body));
export const useSaveSafetyPlan = (clientId: string) =>
  usePrepWrite(clientId, (body: SafetyPlanBody) => api.put(`${path(clientId)}/safety-plan`, body));
export const useStartPrepNote = (clientId: string) =>
  usePrepWrite(clientId, (body: PrepNoteDraftBody) => api.post<PrepNoteView>(`${path(clientId)}/preparation-notes`, body));
export const useSignPrepNote = (clientId: string) =>
  usePrepWrite(clientId, (id: string) => api.post<PrepNoteView>(`/preparation-notes/${encodeURIComponent(id)}/sign`));
export const useAmendPrepNote = (clientId: string) =>
  usePrepWrite(clientId, ({ id, section, text }: { id: string; section: string; text: string }) =>
    api.post<PrepNoteView>(`/preparation-notes/${encodeURIComponent(id)}/amendments`, { section, text }),
  );
export const usePlanSession = (clientId: string) =>
  usePrepWrite(clientId, (body: PlanSessionBody) => api.post<PlanSessionResult>(`${path(clientId)}/planned-sessions`, body));
/** Canceling frees the people and the room, so the dashboards' lists are refreshed too. */
export function useCancelSession(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<PlannedSessionView>(`/planned-sessions/${encodeURIComponent(id)}/cancel`, { reason }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: prepKeys.all(clientId) });
      await queryClient.invalidateQueries({ queryKey: prepKeys.dashboard });
    },
  });
}
export const useConfirmOnArrival = (clientId: string) =>
  usePrepWrite(clientId, ({ id, items }: { id: string; items: string[] }) =>
    api.post<PlannedSessionView>(`/planned-sessions/${encodeURIComponent(id)}/readiness-checks`, { items, note: '' }),
  );
export const useOverride = (clientId: string) =>
  usePrepWrite(clientId, ({ id, requirement, reason }: { id: string; requirement: string; reason: string }) =>
    api.post<PlannedSessionView>(`/planned-sessions/${encodeURIComponent(id)}/overrides`, { requirement, reason }),
  );

/** Autosave of a preparation note's draft; `keepalive` lets the last save finish as the page closes. */
export function savePrepDraft(id: string, body: PrepNoteDraftBody, keepalive: boolean): Promise<PrepNoteView> {
  return api.put<PrepNoteView>(`/preparation-notes/${encodeURIComponent(id)}/draft`, body, { keepalive });
}

export function useDashboardSessions() {
  return useQuery({ queryKey: prepKeys.dashboard, queryFn: () => api.get<DashboardSessions>('/dashboard/planned-sessions') });
}

export function useConsentDocuments() {
  return useQuery({ queryKey: prepKeys.documents, queryFn: () => api.get<ConsentDocumentList>('/consent-documents') });
}
