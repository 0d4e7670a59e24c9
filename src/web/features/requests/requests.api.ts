import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type { EnquiryDetail, EnquiryList, EnquiryStatus } from '../../api/types';

export type QueueFilter = EnquiryStatus | 'open' | 'all';

export const requestKeys = {
  all: ['enquiries'] as const,
  counts: ['enquiries', 'counts'] as const,
  list: (status: QueueFilter, page: number) => ['enquiries', 'list', status, page] as const,
  detail: (id: string) => ['enquiries', 'detail', id] as const,
};

/**
 * The number in the navigation. It refreshes when the person comes back to the window or changes a
 * request, never on a timer: every signed-in request counts as activity, and a poll would keep an
 * unattended screen signed in past the 30-minute idle limit.
 */
export function useNewRequestCount() {
  return useQuery({ queryKey: requestKeys.counts, queryFn: () => api.get<{ new: number }>('/enquiries/counts') });
}

export function useRequestQueue(status: QueueFilter, page: number) {
  return useQuery({
    queryKey: requestKeys.list(status, page),
    queryFn: () => api.get<EnquiryList>(`/enquiries${query({ status, page })}`),
    placeholderData: (previous) => previous,
  });
}

export function useRequest(id: string) {
  return useQuery({ queryKey: requestKeys.detail(id), queryFn: () => api.get<EnquiryDetail>(`/enquiries/${encodeURIComponent(id)}`) });
}

/** Both writes answer with the whole updated request, which replaces the cached one. */
function useRequestWrite<Body>(id: string, path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body) => api.post<EnquiryDetail>(`/enquiries/${encodeURIComponent(id)}/${path}`, body),
    onSuccess: (detail) => {
      queryClient.setQueryData(requestKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: ['enquiries', 'list'] });
      void queryClient.invalidateQueries({ queryKey: requestKeys.counts });
    },
  });
}

export function useChangeStatus(id: string) {
  return useRequestWrite<{ status: EnquiryStatus; reason?: string }>(id, 'status');
}

export function useAddNote(id: string) {
  return useRequestWrite<{ body: string }>(id, 'notes');
}
