import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { flagKeys } from '../safety-flags';
import type {
  Answer,
  ClientMeasures,
  ClinicianScore,
  EntryDraftSaved,
  Instrument,
  InstrumentId,
  InstrumentList,
  MeasureAssignment,
  MeasureContext,
  RecordedResponse,
} from './measure-types';

export const measureKeys = {
  instruments: ['instruments'] as const,
  instrument: (id: string) => ['instruments', id] as const,
  client: (clientId: string) => ['measures', clientId] as const,
};

const clientPath = (clientId: string) => `/clients/${encodeURIComponent(clientId)}`;

export function useInstruments() {
  return useQuery({ queryKey: measureKeys.instruments, queryFn: () => api.get<InstrumentList>('/instruments'), staleTime: Infinity });
}

/** The official wording never changes while the app runs. */
export function useInstrument(id: InstrumentId | null) {
  return useQuery({
    queryKey: measureKeys.instrument(id ?? ''),
    queryFn: () => api.get<Instrument>(`/instruments/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    staleTime: Infinity,
  });
}

export function useClientMeasures(clientId: string) {
  return useQuery({ queryKey: measureKeys.client(clientId), queryFn: () => api.get<ClientMeasures>(`${clientPath(clientId)}/measures`) });
}

function useMeasureWrite<Body, Result>(clientId: string, send: (body: Body) => Promise<Result>, raisesFlags = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: measureKeys.client(clientId) });
      void queryClient.invalidateQueries({ queryKey: ['clients', 'list'] });
      if (raisesFlags) void queryClient.invalidateQueries({ queryKey: flagKeys.all });
    },
  });
}

export function useAssignMeasure(clientId: string) {
  return useMeasureWrite(clientId, (body: { instrumentId: InstrumentId; context: MeasureContext }) =>
    api.post<MeasureAssignment>(`${clientPath(clientId)}/measure-assignments`, body),
  );
}

export function useCancelAssignment(clientId: string) {
  return useMeasureWrite(clientId, (id: string) => api.post<MeasureAssignment>(`/measure-assignments/${encodeURIComponent(id)}/cancel`));
}

export function useRecordResponse(clientId: string) {
  return useMeasureWrite(
    clientId,
    (body: { instrumentId: InstrumentId; answers: Record<string, Answer>; assignmentId: string | null; entryId?: string }) =>
      api.post<RecordedResponse>(`${clientPath(clientId)}/measure-responses`, body),
    true,
  );
}

export function useRecordClinicianScore(clientId: string) {
  return useMeasureWrite(clientId, (body: { instrumentName: string; score: number; administeredOn: string; note: string }) =>
    api.post<ClinicianScore>(`${clientPath(clientId)}/clinician-scores`, body),
  );
}

/** Saves a clinician's in-session entry as it is recorded; the entry's id is chosen when the form opens. */
export function saveEntryDraft(
  clientId: string,
  entryId: string,
  body: { instrumentId: InstrumentId; answers: Record<string, Answer> },
  keepalive: boolean,
) {
  return api.put<EntryDraftSaved>(`${clientPath(clientId)}/measure-entries/${encodeURIComponent(entryId)}/draft`, body, { keepalive });
}

/** A new id for an entry, made in the browser so the first save can already use it. */
export function newEntryId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
