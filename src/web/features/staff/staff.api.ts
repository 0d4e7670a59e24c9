import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Invitation, InviteStaffResponse, StaffList, StaffMember } from '../../api/types';

const staffKey = ['staff'] as const;

export function useStaff() {
  return useQuery({ queryKey: staffKey, queryFn: () => api.get<StaffList>('/staff') });
}

function useStaffWrite<Input, Output>(write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey }),
  });
}

export function useInvite() {
  return useStaffWrite((body: { email: string; displayName: string; roles: string[] }) =>
    api.post<InviteStaffResponse>('/staff/invitations', body),
  );
}

export function useRevokeInvitation() {
  return useStaffWrite((id: string) => api.post<Invitation>(`/staff/invitations/${encodeURIComponent(id)}/revoke`));
}

export function useSetStaffStatus() {
  return useStaffWrite((input: { id: string; status: 'active' | 'deactivated' }) =>
    api.post<StaffMember>(`/staff/${encodeURIComponent(input.id)}/status`, { status: input.status }),
  );
}

export function useChangeRoles() {
  return useStaffWrite((input: { id: string; roles: string[] }) =>
    api.put<StaffMember>(`/staff/${encodeURIComponent(input.id)}/roles`, { roles: input.roles }),
  );
}

export function useRenameStaff() {
  return useStaffWrite((input: { id: string; displayName: string }) =>
    api.put<StaffMember>(`/staff/${encodeURIComponent(input.id)}/display-name`, { displayName: input.displayName }),
  );
}

export function useSendPasswordReset() {
  return useStaffWrite((id: string) =>
    api.post<{ expiresAt: string; delivery: 'email' | 'outbox' }>(`/staff/${encodeURIComponent(id)}/password-reset`),
  );
}
