export const STAFF_ROLES = ['admin', 'therapist', 'prescriber', 'co_facilitator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = StaffRole | 'client';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  therapist: 'Therapist',
  prescriber: 'Prescriber',
  co_facilitator: 'Co-facilitator',
  client: 'Client',
};

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
