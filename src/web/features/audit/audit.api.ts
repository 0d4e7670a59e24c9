import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { AuditPage, AuditVerify } from '../../api/types';

export interface AuditFilters {
  kind: string;
  clientId: string;
  actorId: string;
  from: string;
  to: string;
}

export const FILTER_NAMES = ['kind', 'clientId', 'actorId', 'from', 'to'] as const;

/** The same filters as the page, so the file holds what is on screen. */
export function exportUrl(filters: AuditFilters): string {
  const used = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
  return `/api/audit/export.csv${query(used)}`;
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
