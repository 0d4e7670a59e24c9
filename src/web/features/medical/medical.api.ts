import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Clearance, ClientMedical, ClinicalSettings, MonitoringSettings, Screening, ScreeningAnswer } from './medical-types';

export const medicalKeys = {
  client: (clientId: string) => ['medical', clientId] as const,
  settings: ['clinical-settings'] as const,
};

const clientPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

export function useClientMedical(clientId: string) {
  // Always fresh on opening the tab: it shows the open safety flags, which are acknowledged on another tab.
  return useQuery({
    queryKey: medicalKeys.client(clientId),
    queryFn: () => api.get<ClientMedical>(`${clientPath(clientId)}/medical`),
    refetchOnMount: 'always',
  });
}

export function useClinicalSettings() {
  return useQuery({ queryKey: medicalKeys.settings, queryFn: () => api.get<ClinicalSettings>('/practice/clinical-settings') });
}

export function useSaveClinicalSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClinicalSettings) => api.put<ClinicalSettings>('/practice/clinical-settings', body),
    onSuccess: (saved) => queryClient.setQueryData(medicalKeys.settings, saved),
  });
}

function useMedicalWrite<Body, Result>(clientId: string, send: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: medicalKeys.client(clientId) }),
  });
}

export type ScreeningBody = { answers: Record<string, { answer: ScreeningAnswer; note: string }>; notes: string };

export function useRecordScreening(clientId: string) {
  return useMedicalWrite(clientId, (body: ScreeningBody) => api.post<Screening>(`${clientPath(clientId)}/screenings`, body));
}

export type ClearanceBody = { clearedOn: string; validUntil: string; conditions: string; monitoring: MonitoringSettings | null };

export function useRecordClearance(clientId: string) {
  return useMedicalWrite(clientId, (body: ClearanceBody) => api.post<Clearance>(`${clientPath(clientId)}/clearances`, body));
}

export function useWithdrawClearance(clientId: string) {
  return useMedicalWrite(clientId, ({ id, reason }: { id: string; reason: string }) =>
    api.post<Clearance>(`/clearances/${encodeURIComponent(id)}/withdraw`, { reason }),
  );
}
