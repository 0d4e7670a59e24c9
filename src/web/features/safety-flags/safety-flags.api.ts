import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SafetyFlagView } from '../../../contracts/safety-flags.contracts';
import { api, query } from '../../api/client';

export type { SafetyFlagView };

export const flagKeys = {
  all: ['safety-flags'] as const,
  mine: ['safety-flags', 'mine'] as const,
  client: (clientId: string, state: 'open' | 'all') => ['safety-flags', 'client', clientId, state] as const,
};

/** Open flags of the clients on my care teams, urgent first. */
export function useMyOpenFlags() {
  return useQuery({ queryKey: flagKeys.mine, queryFn: () => api.get<{ flags: SafetyFlagView[] }>('/safety-flags') });
}

export function useClientFlags(clientId: string, state: 'open' | 'all') {
  return useQuery({
    queryKey: flagKeys.client(clientId, state),
    queryFn: () => api.get<{ flags: SafetyFlagView[] }>(`/safety-flags${query({ state, clientId })}`),
  });
}

/**
 * The acknowledged flag stays where it was on the screen, saying who acknowledged it, so the person sees
 * their action land; every flag list is marked stale, so the next visit no longer shows it as open.
 */
export function useAcknowledgeFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api.post<SafetyFlagView>(`/safety-flags/${encodeURIComponent(id)}/acknowledge`, { note }),
    onSuccess: (flag) => {
      queryClient.setQueriesData<{ flags: SafetyFlagView[] }>({ queryKey: flagKeys.all }, (list) =>
        list ? { flags: list.flags.map((shown) => (shown.id === flag.id ? flag : shown)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: flagKeys.all, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
    },
  });
}
