import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { KetamineSessionListSchema, SessionRecordSchema } from '../../../contracts/session-record.contracts';
import { api } from '../../api/client';

export type SessionRecord = z.infer<typeof SessionRecordSchema>;
export type KetamineSessionList = z.infer<typeof KetamineSessionListSchema>;

export function useSessionRecord(sessionId: string) {
  return useQuery({
    queryKey: ['ketamine-session-record', sessionId],
    queryFn: () => api.get<SessionRecord>(`/ketamine-sessions/${encodeURIComponent(sessionId)}/record`),
  });
}

export function useClientKetamineSessions(clientId: string) {
  return useQuery({
    queryKey: ['client-ketamine-sessions', clientId],
    queryFn: () => api.get<KetamineSessionList>(`/clients/${encodeURIComponent(clientId)}/ketamine-sessions`),
    retry: false,
  });
}
