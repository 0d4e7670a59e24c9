import type { AdverseEvent, AdverseEventOutcomeUpdate } from './adverse-events.js';
import type { DischargeAssessment } from './discharge.js';
import type { Dose, PrnMedicine } from './doses.js';
import type { Fragment } from './fragments.js';
import type { Intervention } from './interventions.js';
import type { ClinicianEnteredScore } from './sedation.js';
import type { VitalsCheck } from './vitals.js';
import type { SomaticCategory } from './vocabulary.js';

/**
 * Everything logged in the session console is an entry on the session's timeline. Each kind has one
 * body shape; `src/contracts/session-console.contracts.ts` validates the same shapes at the edge.
 */
export interface Observation {
  category: SomaticCategory;
  /** A code from the practice's somatic vocabulary. */
  term: string;
  note: string;
}

export interface BaselineDecisionBody {
  baselineEntryId: string;
  prescriberId: string;
  decision: 'proceed' | 'do_not_dose';
  reason: string;
}

export interface AlertAcknowledgementBody {
  alertId: string;
  note: string;
}

export interface NoteBody {
  text: string;
}

export interface DischargedBody {
  /** Required only when not every discharge item holds: the prescriber and their reason. */
  override: { prescriberId: string; reason: string } | null;
}

/** Entries with clinical content: these may be edited (briefly, by their author) or amended. */
export type ContentEntry =
  | { kind: 'vitals'; body: VitalsCheck }
  | { kind: 'baseline_decision'; body: BaselineDecisionBody }
  | { kind: 'dose'; body: Dose }
  | { kind: 'prn_medicine'; body: PrnMedicine }
  | { kind: 'observation'; body: Observation }
  | { kind: 'intervention'; body: Intervention }
  | { kind: 'fragment'; body: Fragment }
  | { kind: 'adverse_event'; body: AdverseEvent }
  | { kind: 'adverse_event_outcome'; body: AdverseEventOutcomeUpdate }
  | { kind: 'clinician_score'; body: ClinicianEnteredScore }
  | { kind: 'note'; body: NoteBody }
  | { kind: 'discharge_assessment'; body: DischargeAssessment };

export type ContentKind = ContentEntry['kind'];

export const CONTENT_KINDS = [
  'vitals',
  'baseline_decision',
  'dose',
  'prn_medicine',
  'observation',
  'intervention',
  'fragment',
  'adverse_event',
  'adverse_event_outcome',
  'clinician_score',
  'note',
  'discharge_assessment',
] as const satisfies readonly ContentKind[];

/** An edit replaces the body within the edit window; the original is kept on the timeline all the same. */
export interface EditBody {
  targetId: string;
  replacement: ContentEntry;
}

/**
 * An amendment after the edit window, keeping the original. A null replacement marks the entry as
 * entered in error: it stays visible, struck through, and no rule reads it.
 */
export interface AmendmentBody {
  targetId: string;
  replacement: ContentEntry | null;
  reason: string;
}

export type EntryPayload =
  | ContentEntry
  | { kind: 'alert_acknowledged'; body: AlertAcknowledgementBody }
  | { kind: 'discharged'; body: DischargedBody }
  | { kind: 'edit'; body: EditBody }
  | { kind: 'amendment'; body: AmendmentBody };

export type EntryKind = EntryPayload['kind'];
export const ENTRY_KINDS = [
  ...CONTENT_KINDS,
  'alert_acknowledged',
  'discharged',
  'edit',
  'amendment',
] as const satisfies readonly EntryKind[];

export interface EventMeta {
  /** UUIDv7 made on the device, so a retry or a second sync carries the same id. */
  id: string;
  sessionId: string;
  /** The signed-in user who logged it (set by the server, never taken from the body). */
  authorId: string;
  /** The device's clock when logged: for display, and for when an entry was logged offline. */
  deviceTime: string;
  /**
   * The device's last known difference server − device, in ms, from its most recent sync (0 when never
   * synced). Lets an entry logged offline be placed on the server's clock.
   */
  clockOffsetMs: number;
  /** Set by the server when it accepts the entry; null while only on the device. */
  serverTime: string | null;
}

export type SessionEvent = EventMeta & EntryPayload;

export function isContentKind(kind: EntryKind): kind is ContentKind {
  return (CONTENT_KINDS as readonly string[]).includes(kind);
}
