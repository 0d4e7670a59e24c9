import { DEFAULT_MONITORING } from '../medical/monitoring-settings.js';
import { addMinutes } from './clock.js';
import { DEFAULT_CONSOLE_SETTINGS } from './console-settings.js';
import type { EntryPayload, SessionEvent } from './entries.js';
import type { SessionContext } from './timeline-state.js';
import type { TimedReading, VitalsCheck, VitalsPurpose, VitalsReading } from './vitals.js';
import { DEFAULT_SOMATIC_VOCABULARY } from './vocabulary.js';

// Shared by the session tests: one session opened at 10:00 UTC, first dose at 10:10.
export const OPENED_AT = '2026-12-01T10:00:00.000Z';
export const DOSE_AT = '2026-12-01T10:10:00.000Z';
export const SESSION_ID = 'session-1';
export const PRESCRIBER = 'prescriber-1';
export const THERAPIST = 'therapist-1';
export const COFACILITATOR = 'cofacilitator-1';

export const at = (minutesAfterDose: number) => addMinutes(DOSE_AT, minutesAfterDose);

export function context(overrides: Partial<SessionContext> = {}): SessionContext {
  return {
    sessionId: SESSION_ID,
    openedAt: OPENED_AT,
    prescriberIds: [PRESCRIBER],
    consentedTouchKinds: ['hand_on_shoulder', 'holding_hand'],
    vocabulary: DEFAULT_SOMATIC_VOCABULARY,
    monitoring: DEFAULT_MONITORING,
    console: DEFAULT_CONSOLE_SETTINGS,
    ...overrides,
  };
}

export function reading(systolic: number, diastolic: number, more: Partial<VitalsReading> = {}): VitalsReading {
  return { systolic, diastolic, heartRate: 72, spo2: 98, respiratoryRate: null, sedation: null, ...more };
}

export function vitals(r: VitalsReading, purpose: VitalsPurpose = 'scheduled', recheckOf: string | null = null): VitalsCheck {
  return { reading: r, purpose, recheckOf };
}

export function timed(id: string, minutesAfterDose: number, check: VitalsCheck): TimedReading {
  return { id, takenAt: at(minutesAfterDose), check };
}

let counter = 0;
/** A UUIDv7-shaped id whose order follows creation order, as ids made on a device do. */
export function nextId(): string {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return `0190a000-0000-7000-8000-${hex}`;
}

/** An entry logged live: device and server agree, at `minutesAfterDose`. */
export function event(payload: EntryPayload, minutesAfterDose: number, more: Partial<SessionEvent> = {}): SessionEvent {
  const time = at(minutesAfterDose);
  return {
    id: nextId(),
    sessionId: SESSION_ID,
    authorId: THERAPIST,
    deviceTime: time,
    clockOffsetMs: 0,
    serverTime: time,
    ...payload,
    ...more,
  } as SessionEvent;
}

export function doseEntry(minutesAfterDose = 0): EntryPayload {
  return {
    kind: 'dose',
    body: {
      medicine: 'ketamine',
      mg: 100,
      route: 'sublingual',
      administeredAt: at(minutesAfterDose),
      administeredBy: PRESCRIBER,
      orderedBy: PRESCRIBER,
      lot: 'LOT-7',
    },
  };
}
