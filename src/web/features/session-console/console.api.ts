import type { ConsoleEntryBody } from '../../../contracts/session-console.contracts';
import { isApiError } from '../../api/api-error';
import { api, query } from '../../api/client';
import type { ConsoleState, EntryBatchResult, TimelineEntryView } from './console-types';
import { SendFailure } from './outbox';

const base = (sessionId: string) => `/ketamine-sessions/${encodeURIComponent(sessionId)}`;

export const consoleApi = {
  state: (sessionId: string) => api.get<ConsoleState>(base(sessionId)),
  entriesAfter: (sessionId: string, after: string | null) =>
    api.get<{ entries: TimelineEntryView[]; cursor: string | null }>(`${base(sessionId)}/entries${query({ after })}`),
  acknowledge: (sessionId: string, alertId: string, note = '') =>
    api.post<unknown>(`${base(sessionId)}/alerts/${encodeURIComponent(alertId)}/acknowledge`, { note }),
  streamUrl: (sessionId: string) => `/api${base(sessionId)}/stream`,
  /** The outbox's sender: a failed request becomes a SendFailure so the outbox can tell retry from refusal. */
  async sendBatch(sessionId: string, entries: ConsoleEntryBody[]): Promise<EntryBatchResult> {
    try {
      return await api.post<EntryBatchResult>(`${base(sessionId)}/entries`, { entries });
    } catch (error) {
      if (isApiError(error)) throw new SendFailure(error.status, error.message);
      throw new SendFailure(0, 'We could not reach Holdspace.');
    }
  },
};
