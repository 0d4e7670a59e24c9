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
