import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import type { PracticeSettingsResponse } from '../api/types';
import { formatDate, formatDateTime, formatRelative, formatShortDate, formatStamp, formatTime, todayIn } from './time';

export const practiceKey = ['practice'] as const;

/** `enabled: false` where the time zone is known already: the portal, whose clients cannot read the settings. */
export function usePractice({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: practiceKey,
    queryFn: () => api.get<PracticeSettingsResponse>('/practice'),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** Time shown the way the practice lives it: in its own time zone, whatever the device says. */
export function usePracticeTime() {
  const timeZone = usePractice().data?.timeZone;
  return {
    timeZone,
    dateTime: (iso: string) => formatDateTime(iso, timeZone),
    date: (iso: string) => formatDate(iso, timeZone),
    shortDate: (iso: string) => formatShortDate(iso, timeZone),
    stamp: (iso: string) => formatStamp(iso, timeZone),
    time: (iso: string) => formatTime(iso, timeZone),
    today: () => todayIn(timeZone),
    relative: (iso: string) => formatRelative(iso),
  };
}
