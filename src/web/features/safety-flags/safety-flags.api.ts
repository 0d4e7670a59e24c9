import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { SafetyFlagView } from '../../../contracts/safety-flags.contracts';
import { api, query } from '../../api/client';

export type { SafetyFlagView };

export const flagKeys = {
  all: ['safety-flags'] as const,
  mine: ['safety-flags', 'mine'] as const,
  unseen: ['safety-flags', 'unseen'] as const,
  client: (clientId: string, state: 'open' | 'all') => ['safety-flags', 'client', clientId, state] as const,
};

/** Flags of the clients on my care teams that are open or that I have not opened yet, urgent first. */
export function useMyOpenFlags() {
  return useQuery({ queryKey: flagKeys.mine, queryFn: () => api.get<{ flags: SafetyFlagView[] }>('/safety-flags?state=attention') });
}

/**
 * The badge: flags on my care teams I have not opened. Like the new-request count it refreshes when the
 * person comes back to the window or an alert arrives on the live stream, never on a timer, so an
 * unattended screen still signs out at the idle limit.
 */
export function useUnseenFlags(enabled: boolean) {
  return useQuery({
    queryKey: flagKeys.unseen,
    queryFn: () => api.get<{ unseen: number; urgent: number }>('/safety-flags/unseen'),
    enabled,
  });
}

/**
 * While signed in, the server tells this person's screens at once when a flag is raised on one of their
 * care teams (the flag lists and the badge are read again) or they opened one elsewhere (the badge only). The browser
 * reconnects by itself; the stream ends when the session does.
 */
export function useFlagAlertsStream(enabled: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/safety-flags/stream', { withCredentials: true });
    let timer: ReturnType<typeof setTimeout> | null = null;
    // A new flag changes the lists and the badge; a flag opened elsewhere changes only the badge, so an
    // open chart is not read again under the person who is looking at it.
    let pending: 'all' | 'badge' | null = null;
    const changed = (scope: 'all' | 'badge') => {
      if (timer) clearTimeout(timer);
      pending = pending === 'all' ? 'all' : scope;
      timer = setTimeout(() => {
        const queryKey = pending === 'all' ? flagKeys.all : flagKeys.unseen;
        pending = null;
        void queryClient.invalidateQueries({ queryKey });
      }, 200);
    };
    source.addEventListener('safety_flag.raised', () => changed('all'));
    source.addEventListener('safety_flag.seen', () => changed('badge'));
    // A stream that reconnected may have missed alerts while it was away: read again once.
    let connected = false;
    source.addEventListener('live.ready', () => {
      if (connected) changed('all');
      connected = true;
    });
    source.addEventListener('live.ended', () => source.close());
    return () => {
      if (timer) clearTimeout(timer);
      source.close();
    };
  }, [enabled, queryClient]);
}

/** Marks a flag seen by me once it is shown on the chart; the badge follows. */
export function useMarkSeenOnShow(flag: SafetyFlagView, active: boolean) {
  const queryClient = useQueryClient();
  const asked = useRef(false);
  const mark = useMutation({
    mutationFn: (id: string) => api.post<{ id: string; seenAt: string; unseen: number }>(`/safety-flags/${encodeURIComponent(id)}/seen`),
    onSuccess: (seen) => {
      queryClient.setQueryData<{ unseen: number; urgent: number }>(flagKeys.unseen, (badge) =>
        badge ? { ...badge, unseen: seen.unseen, urgent: Math.min(badge.urgent, seen.unseen) } : badge,
      );
      void queryClient.invalidateQueries({ queryKey: flagKeys.all, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: flagKeys.unseen });
    },
  });
  const { mutate } = mark;
  useEffect(() => {
    if (!active || flag.seenByMe || asked.current) return;
    asked.current = true;
    mutate(flag.id);
  }, [active, flag.id, flag.seenByMe, mutate]);
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
      // Every flag list under the key, not the badge's count that shares its prefix.
      queryClient.setQueriesData<{ flags: SafetyFlagView[] }>({ queryKey: flagKeys.all }, (list) =>
        list && Array.isArray(list.flags) ? { ...list, flags: list.flags.map((shown) => (shown.id === flag.id ? flag : shown)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: flagKeys.all, refetchType: 'none' });
      void queryClient.invalidateQueries({ queryKey: flagKeys.unseen });
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
    },
  });
}
