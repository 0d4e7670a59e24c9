import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client';
import type {
  Client,
  ClientDetailsInput,
  ClientList,
  ClientPhase,
  OriginalRequestResponse,
  PortalInvitationSent,
  SetCareTeamBody,
  StaffDirectory,
} from './client-types';

export interface ClientFilters {
  q?: string | undefined;
  phase?: ClientPhase | undefined;
  therapistId?: string | undefined;
  flagged?: 'open' | 'urgent' | undefined;
}

export const clientKeys = {
  all: ['clients'] as const,
  list: (filters: ClientFilters) => ['clients', 'list', filters] as const,
  detail: (id: string) => ['clients', 'detail', id] as const,
  originalRequest: (id: string) => ['clients', 'original-request', id] as const,
  directory: ['staff-directory'] as const,
};

const clientPath = (id: string) => `/clients/${encodeURIComponent(id)}`;

export function useClients(filters: ClientFilters) {
  return useQuery({
    queryKey: clientKeys.list(filters),
    queryFn: () => api.get<ClientList>(`/clients${query({ ...filters })}`),
    placeholderData: (previous) => previous,
  });
}

export function useClient(id: string) {
  return useQuery({ queryKey: clientKeys.detail(id), queryFn: () => api.get<Client>(clientPath(id)) });
}

/** The request the chart was opened from; it never changes, so it is fetched once per visit. */
export function useOriginalRequest(id: string, enabled: boolean) {
  return useQuery({
    queryKey: clientKeys.originalRequest(id),
    queryFn: () => api.get<OriginalRequestResponse>(`${clientPath(id)}/original-request`),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useStaffDirectory(enabled: boolean) {
  return useQuery({
    queryKey: clientKeys.directory,
    queryFn: () => api.get<StaffDirectory>('/staff-directory'),
    enabled,
    staleTime: 5 * 60_000,
  });
}

/** Every write on a client answers with the whole chart, which replaces the cached one. */
function useClientWrite<Body>(id: string, send: (body: Body) => Promise<Client>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(id), client);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
    },
  });
}

export function useUpdateDetails(id: string) {
  return useClientWrite(id, (body: ClientDetailsInput) => api.put<Client>(clientPath(id), body));
}

export function useSetCareTeam(id: string) {
  return useClientWrite(id, (body: SetCareTeamBody) => api.put<Client>(`${clientPath(id)}/care-team`, body));
}

export function useChangePhase(id: string) {
  return useClientWrite(id, (body: { phase: ClientPhase; reason?: string }) => api.post<Client>(`${clientPath(id)}/phase`, body));
}

export function useInviteToPortal(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<PortalInvitationSent>(`${clientPath(id)}/portal-invitation`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clientKeys.detail(id) }),
  });
}

/** An admin sends a client whose portal account exists a one-time link to choose a new password. */
export function useSendPortalLink(id: string) {
  return useMutation({
    mutationFn: () => api.post<{ expiresAt: string; delivery: 'email' | 'outbox' }>(`${clientPath(id)}/password-reset`),
  });
}

export type NewClientBody = ClientDetailsInput & { therapistId: string | null; prescriberId: string | null };

export function useCreateClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewClientBody) => api.post<Client>('/clients', body),
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(client.id), client);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
    },
  });
}

/** A request becomes a client; the request itself is now "became a client". */
export function useConvertRequest(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { therapistId: string | null; prescriberId: string | null }) =>
      api.post<Client>(`/enquiries/${encodeURIComponent(requestId)}/convert`, body),
    onSuccess: (client) => {
      queryClient.setQueryData(clientKeys.detail(client.id), client);
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['enquiries'] });
    },
  });
}
