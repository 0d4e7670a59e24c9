import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ConsentSignatureView, ConsentVersionView, PortalConsentsSchema } from '../../../contracts/consent.contracts';
import type {
  GroundingToolBody,
  GroundingToolListSchema,
  IntentionListSchema,
  SafetyPlanRecordSchema,
  TouchPreferencesRecordSchema,
} from '../../../contracts/preparation.contracts';
import type { PortalNextSessionView } from '../../../contracts/readiness.contracts';
import { api } from '../../api/client';

export type PortalConsents = z.infer<typeof PortalConsentsSchema>;
export type SafetyPlanRecord = z.infer<typeof SafetyPlanRecordSchema>;

export const portalPrepKeys = {
  all: ['portal', 'prep'] as const,
  consents: ['portal', 'prep', 'consents'] as const,
  consent: (id: string) => ['portal', 'prep', 'consent', id] as const,
  tools: ['portal', 'prep', 'tools'] as const,
  intentions: ['portal', 'prep', 'intentions'] as const,
  safetyPlan: ['portal', 'prep', 'safety-plan'] as const,
  touch: ['portal', 'prep', 'touch-preferences'] as const,
  nextSession: ['portal', 'prep', 'next-session'] as const,
};

export const usePortalConsents = () =>
  useQuery({ queryKey: portalPrepKeys.consents, queryFn: () => api.get<PortalConsents>('/portal/consents') });
export const usePortalConsent = (id: string) =>
  useQuery({
    queryKey: portalPrepKeys.consent(id),
    queryFn: () => api.get<ConsentVersionView>(`/portal/consents/${encodeURIComponent(id)}`),
    staleTime: Number.POSITIVE_INFINITY,
  });
export const usePortalTools = () =>
  useQuery({ queryKey: portalPrepKeys.tools, queryFn: () => api.get<z.infer<typeof GroundingToolListSchema>>('/portal/grounding-tools') });
export const usePortalIntentions = () =>
  useQuery({ queryKey: portalPrepKeys.intentions, queryFn: () => api.get<z.infer<typeof IntentionListSchema>>('/portal/intentions') });
export const usePortalSafetyPlan = () =>
  useQuery({ queryKey: portalPrepKeys.safetyPlan, queryFn: () => api.get<SafetyPlanRecord>('/portal/safety-plan') });
export const usePortalTouchPreferences = () =>
  useQuery({
    queryKey: portalPrepKeys.touch,
    queryFn: () => api.get<z.infer<typeof TouchPreferencesRecordSchema>>('/portal/touch-preferences'),
  });
export const usePortalNextSession = () =>
  useQuery({ queryKey: portalPrepKeys.nextSession, queryFn: () => api.get<PortalNextSessionView>('/portal/next-session') });

/**
 * Refetches every preparation query, open or not, before the caller's own onSuccess runs: the consents list
 * a client returns to after signing must already leave out what they just signed.
 */
function usePortalWrite<Body, Result>(send: (body: Body) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalPrepKeys.all, refetchType: 'all' }),
  });
}

export const useSignConsent = (id: string) =>
  usePortalWrite((body: { typedName: string; agreed: boolean }) =>
    api.post<ConsentSignatureView>(`/portal/consents/${encodeURIComponent(id)}/sign`, body),
  );
export const usePortalAddTool = () => usePortalWrite((body: GroundingToolBody) => api.post('/portal/grounding-tools', body));
export const usePortalAddIntention = () =>
  usePortalWrite((body: { kind: 'goal' | 'intention'; text: string }) => api.post('/portal/intentions', body));
export const usePortalReviseIntention = () =>
  usePortalWrite(({ id, text }: { id: string; text: string }) =>
    api.post(`/portal/intentions/${encodeURIComponent(id)}/versions`, { text, retired: false }),
  );
export const usePortalConfirmReadiness = (id: string) =>
  usePortalWrite((items: string[]) =>
    api.post<PortalNextSessionView>(`/portal/planned-sessions/${encodeURIComponent(id)}/readiness-checks`, { items, note: '' }),
  );
