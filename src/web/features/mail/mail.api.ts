import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MailSetup, TestMessage } from '../../../contracts/mail.contracts';
import { api } from '../../api/client';

export type { MailSetup, TestMessage };

export const mailKeys = {
  setup: ['mail', 'setup'] as const,
  test: (id: string) => ['mail', 'test', id] as const,
};

export function useMailSetup(enabled = true) {
  return useQuery({ queryKey: mailKeys.setup, queryFn: () => api.get<MailSetup>('/mail/setup'), enabled });
}

export function useSendTestMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (to: string) => api.post<TestMessage>('/mail/test-messages', { to }),
    onSuccess: (message) => {
      queryClient.setQueryData(mailKeys.test(message.id), message);
      void queryClient.invalidateQueries({ queryKey: ['outbox'] });
      void queryClient.invalidateQueries({ queryKey: mailKeys.setup });
    },
  });
}

/** How long a message on its way is asked after: long enough for a first retry, short enough not to hold a screen awake. */
const FOLLOW_FOR_MS = 90_000;

/**
 * Follows one test message while it is on its way, so the screen says what truly happened to it: asked
 * again every two seconds until the mail server accepted or refused it, for at most a minute and a half.
 */
export function useTestMessage(id: string | null, startedAt: number) {
  return useQuery({
    queryKey: mailKeys.test(id ?? ''),
    queryFn: () => api.get<TestMessage>(`/mail/test-messages/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      const onItsWay = status === 'queued' || status === 'sending';
      return onItsWay && Date.now() - startedAt < FOLLOW_FOR_MS ? 2_000 : false;
    },
  });
}
