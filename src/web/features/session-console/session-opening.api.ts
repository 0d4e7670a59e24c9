import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PlannedSessionView } from '../../../contracts/readiness.contracts';
import type { KetamineSessionListSchema } from '../../../contracts/session-record.contracts';
import { api } from '../../api/client';
import { prepKeys } from '../preparation';
import type { SessionConsoleState } from './console-types';

type KetamineSessionList = z.infer<typeof KetamineSessionListSchema>;

/** Under the preparation keys, so confirming a check or recording an override on this screen refreshes it. */
export const openingKeys = {
  planned: (clientId: string, id: string) => [...prepKeys.all(clientId), 'opening', id] as const,
  opened: (clientId: string) => [...prepKeys.all(clientId), 'ketamine-sessions'] as const,
};

export function usePlannedSession(clientId: string, id: string) {
  return useQuery({
    queryKey: openingKeys.planned(clientId, id),
    queryFn: () => api.get<PlannedSessionView>(`/planned-sessions/${encodeURIComponent(id)}`),
  });
}

/** The console already opened for this planned session, if any. */
export function useOpenedSession(clientId: string, plannedSessionId: string) {
  return useQuery({
    queryKey: openingKeys.opened(clientId),
    queryFn: () => api.get<KetamineSessionList>(`/clients/${encodeURIComponent(clientId)}/ketamine-sessions`),
    select: (list) => list.sessions.find((s) => s.plannedSessionId === plannedSessionId) ?? null,
  });
}

export function useOpenSession(clientId: string) {
  return useMutation({
    mutationFn: (plannedSessionId: string) =>
      api.post<SessionConsoleState>(`/clients/${encodeURIComponent(clientId)}/ketamine-sessions`, { plannedSessionId }),
  });
}
