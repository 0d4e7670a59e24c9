import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  PortalAssignmentSchema,
  PortalDraftSavedSchema,
  PortalHomeSchema,
  PortalSubmitResponseSchema,
} from '../../../contracts/portal.contracts';
import { api } from '../../api/client';

export type PortalHome = z.infer<typeof PortalHomeSchema>;
export type PortalAssignment = z.infer<typeof PortalAssignmentSchema>;
export type PortalInstrument = PortalAssignment['instrument'];
export type PortalItem = PortalInstrument['items'][number];
export type PortalOption = PortalInstrument['options'][number];
export type SubmitResult = z.infer<typeof PortalSubmitResponseSchema>;
export type AnswerValue = PortalOption['value'];
export type Answers = Record<string, AnswerValue>;

export const portalKeys = {
  home: ['portal', 'home'] as const,
  assignment: (id: string) => ['portal', 'assignment', id] as const,
};

/** The client's own page: their name, their practice, what is waiting and what they have sent. */
export function usePortalHome(enabled = true) {
  return useQuery({ queryKey: portalKeys.home, queryFn: () => api.get<PortalHome>('/portal'), enabled });
}

export function usePortalAssignment(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: portalKeys.assignment(id),
    queryFn: () => api.get<PortalAssignment>(`/portal/assignments/${encodeURIComponent(id)}`),
    // The wording never changes while the page is open; refetching would only add audit rows.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
    // Not kept once the page is left: coming back must start from the answers saved on the server,
    // or the next save would overwrite them with an older set.
    gcTime: 0,
  });
}

export function useSendAnswers(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: Answers) => api.post<SubmitResult>(`/portal/assignments/${encodeURIComponent(id)}/response`, { answers }),
    onSuccess: () => {
      // Sent means closed: coming back to this page asks the server again rather than showing the form.
      queryClient.removeQueries({ queryKey: portalKeys.assignment(id) });
      void queryClient.invalidateQueries({ queryKey: portalKeys.home });
    },
  });
}

export type DraftSaved = z.infer<typeof PortalDraftSavedSchema>;

/** Saves the answers given so far; `keepalive` lets the last save finish as the page closes. */
export function saveDraft(id: string, answers: Answers, keepalive: boolean): Promise<DraftSaved> {
  return api.put<DraftSaved>(`/portal/assignments/${encodeURIComponent(id)}/draft`, { answers }, { keepalive });
}
