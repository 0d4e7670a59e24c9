import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountSchema, SignInSettingsSchema } from '../../../contracts/account.contracts';
import type { EnrolmentConfirmedSchema, EnrolmentSchema, SignInStepResponseSchema } from '../../../contracts/auth.contracts';
import { api } from '../../api/client';
import { meKey } from '../../api/query-client';

export type Account = z.infer<typeof AccountSchema>;
export type Enrolment = z.infer<typeof EnrolmentSchema>;
export type EnrolmentConfirmed = z.infer<typeof EnrolmentConfirmedSchema>;
export type SignInStep = z.infer<typeof SignInStepResponseSchema>;
export type SignInSettings = z.infer<typeof SignInSettingsSchema>;

export const accountKey = ['account'] as const;

export function useAccount() {
  return useQuery({ queryKey: accountKey, queryFn: () => api.get<Account>('/account') });
}

function useAccountWrite<Input, Output>(write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accountKey });
      await queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}

export function useChangeShortName() {
  return useAccountWrite((shortName: string) => api.put<Account>('/account/short-name', { shortName }));
}

export function useChangePassword() {
  return useAccountWrite((body: { currentPassword: string; newPassword: string }) => api.post<{ ok: true }>('/account/password', body));
}

export function useRemoveTwoFactor() {
  return useAccountWrite((password: string) => api.post<Account>('/account/two-factor/remove', { password }));
}

export function useRenewRecoveryCodes() {
  return useAccountWrite((password: string) => api.post<{ recoveryCodes: string[] }>('/account/two-factor/recovery-codes', { password }));
}

export function useStartEnrolment() {
  return useMutation({ mutationFn: () => api.post<Enrolment>('/auth/two-factor/enrolment') });
}

export function useConfirmEnrolment() {
  return useAccountWrite((code: string) => api.post<EnrolmentConfirmed>('/auth/two-factor/enrolment/confirm', { code }));
}

export function useSignInSettings() {
  return useQuery({ queryKey: ['sign-in-settings'], queryFn: () => api.get<SignInSettings>('/practice/sign-in-settings') });
}

export function useSaveSignInSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SignInSettings) => api.put<SignInSettings>('/practice/sign-in-settings', body),
    onSuccess: (data) => queryClient.setQueryData(['sign-in-settings'], data),
  });
}
