import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';

export const meKey = ['me'] as const;

/**
 * Coming back to the tab re-checks only the session and the dashboard's signals (a new safety flag,
 * a new request). Charts and lists are not re-read on focus: each re-read of client data is an
 * audited read, what is on screen is kept fresh by the invalidation after every change, and the
 * server would only fold the refetch into the read it already recorded.
 */
const REFETCH_ON_FOCUS: readonly (readonly string[])[] = [meKey, ['safety-flags', 'mine'], ['enquiries', 'counts']];

function refetchesOnFocus(queryKey: readonly unknown[]): boolean {
  return REFETCH_ON_FOCUS.some((key) => key.length === queryKey.length && key.every((part, i) => part === queryKey[i]));
}

/**
 * One client for the app. When any call answers "not signed in" (the session ended: idle timeout,
 * signed out elsewhere), the current user becomes null and the shell sends the person to sign in,
 * remembering where they were.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && error.code === 'unauthenticated') client.setQueryData(meKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A 4xx will not change on retry; a dropped connection or a 5xx might.
        retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
        staleTime: 15_000,
        refetchOnWindowFocus: (query) => refetchesOnFocus(query.queryKey),
      },
    },
  });
  return client;
}
