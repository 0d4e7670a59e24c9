import type { MonitoringSettings } from '../medical/monitoring-settings.js';
import { addMinutes, toMs } from './clock.js';
import type { ConsoleSettings } from './console-settings.js';
import type { TimedReading } from './vitals.js';

/**
 * Vitals due at +15, +30, +40, +60, +90, +120 minutes after the first dose by default, and at
 * discharge (clinical.md, "Vitals due …"; the Spravato label's +40 is the typical blood-pressure peak).
 * The minutes come from the client's monitoring settings.
 *
 * Which check counts for which due time: a due time takes the first check from `vitalsEarlyMinutes`
 * before it up to the next due time (the last stays open). So a check taken while a due time is overdue
 * catches it up, and a check a few minutes early counts for the coming one; taken in the few minutes
 * where both hold (at +36 when +30 was not yet done) it counts for both, so no one is asked for two checks
 * minutes apart. A due time still not done when the next one comes is missed. A baseline never counts.
 */
export type DueStatus = 'done' | 'upcoming' | 'due' | 'overdue' | 'missed';

export interface DueSlot {
  /** Minutes after the first dose. */
  minutes: number;
  dueAt: string;
  windowStart: string;
  /** The next due time; null for the last slot, whose window stays open. */
  windowEnd: string | null;
  status: DueStatus;
  /** The check that counted for it. */
  readingId: string | null;
}

export interface VitalsSchedule {
  slots: DueSlot[];
  /** The first slot still to do (due, overdue or upcoming); null when every slot is done or missed. */
  next: DueSlot | null;
  overdue: DueSlot[];
}

export function vitalsSchedule(
  firstDoseAt: string,
  readings: readonly TimedReading[],
  now: string,
  monitoring: MonitoringSettings,
  console: ConsoleSettings,
): VitalsSchedule {
  const minutes = [...monitoring.vitalsDueMinutes].sort((a, b) => a - b);
  const afterDose = readings
    .filter((r) => r.check.purpose !== 'baseline' && toMs(r.takenAt) >= toMs(firstDoseAt))
    .sort((a, b) => toMs(a.takenAt) - toMs(b.takenAt));
  const slots = minutes.map((m, i): DueSlot => {
    const next = minutes[i + 1];
    const windowStart = addMinutes(firstDoseAt, m - console.vitalsEarlyMinutes);
    const windowEnd = next === undefined ? null : addMinutes(firstDoseAt, next);
    const dueAt = addMinutes(firstDoseAt, m);
    const hit = afterDose.find((r) => toMs(r.takenAt) >= toMs(windowStart) && (windowEnd === null || toMs(r.takenAt) < toMs(windowEnd)));
    const status = slotStatus(hit !== undefined, dueAt, windowEnd, now, console);
    return { minutes: m, dueAt, windowStart, windowEnd, status, readingId: hit?.id ?? null };
  });
  const open = slots.filter((s) => s.status === 'due' || s.status === 'overdue' || s.status === 'upcoming');
  return { slots, next: open[0] ?? null, overdue: slots.filter((s) => s.status === 'overdue') };
}

function slotStatus(done: boolean, dueAt: string, windowEnd: string | null, now: string, console: ConsoleSettings): DueStatus {
  if (done) return 'done';
  const t = toMs(now);
  if (windowEnd !== null && t >= toMs(windowEnd)) return 'missed';
  if (t < toMs(dueAt)) return 'upcoming';
  if (t < toMs(addMinutes(dueAt, console.vitalsGraceMinutes))) return 'due';
  return 'overdue';
}

/**
 * The check "at discharge": the latest check after dosing taken within `dischargeVitalsWithinMinutes`
 * before `at`. A scheduled check counts too when the client leaves soon after it.
 */
export function dischargeReading(
  firstDoseAt: string | null,
  readings: readonly TimedReading[],
  at: string,
  console: ConsoleSettings,
): TimedReading | null {
  const from = toMs(addMinutes(at, -console.dischargeVitalsWithinMinutes));
  const to = toMs(at);
  const candidates = readings.filter((r) => {
    const t = toMs(r.takenAt);
    const afterDose = firstDoseAt === null || t >= toMs(firstDoseAt);
    return r.check.purpose !== 'baseline' && afterDose && t >= from && t <= to;
  });
  return candidates.sort((a, b) => toMs(a.takenAt) - toMs(b.takenAt)).at(-1) ?? null;
}
