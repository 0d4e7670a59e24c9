import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { clientKeys } from '../clients';

export interface CoverageGrant {
  id: string;
  clientId: string;
  startedAt: string;
  endsAt: string;
}

export interface CoverageOffer {
  flagId: string;
  clientId: string;
  clientName: string;
  urgency: 'high' | 'urgent';
  raisedAt: string;
}

const keys = { mine: ['coverage', 'mine'] as const, offers: ['coverage', 'offers'] as const };

/** My open coverage windows: the chart shows its banner from these. */
export function useMyCoverage() {
  return useQuery({ queryKey: keys.mine, queryFn: () => api.get<{ grants: CoverageGrant[] }>('/coverage') });
}

/** Open safety flags on charts I could open only by coverage. */
export function useCoverageOffers(enabled: boolean) {
  return useQuery({ queryKey: keys.offers, queryFn: () => api.get<{ offers: CoverageOffer[] }>('/coverage/offers'), enabled });
}

export function useOpenCoverage(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; password: string; code?: string }) =>
      api.post<CoverageGrant>(`/clients/${encodeURIComponent(clientId)}/coverage`, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['coverage'] });
      void queryClient.invalidateQueries({ queryKey: clientKeys.detail(clientId) });
    },
  });
}

export function useEndCoverage(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ ended: boolean }>(`/coverage/${encodeURIComponent(id)}/end`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['coverage'] });
      void queryClient.invalidateQueries({ queryKey: clientKeys.detail(clientId) });
    },
  });
}
