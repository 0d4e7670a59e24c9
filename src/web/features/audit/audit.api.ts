import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { AuditPage, AuditVerify } from '../../api/types';

export interface AuditFilters {
  action: string;
  recordId: string;
}

/** Newest first, a hundred rows at a time; "Load older" asks for the rows before the oldest shown. */
export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => api.get<AuditPage>(`/audit${query({ ...filters, before: pageParam })}`),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get<AuditVerify>('/audit/verify') });
}
