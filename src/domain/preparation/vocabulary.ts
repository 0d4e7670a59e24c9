/** The words of preparation, shared by the server, the contracts and the web screens. */

export const COURSE_STATUSES = ['preparing', 'in_sessions', 'integrating', 'completed', 'closed'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];
export const COURSE_STATUS_LABELS: Record<CourseStatus, string> = {
  preparing: 'Preparing',
  in_sessions: 'In ketamine sessions',
  integrating: 'Integrating',
  completed: 'Completed',
  closed: 'Closed early',
};
/** A course is "current" while it can still lead to a session: re-consent is asked of these clients. */
export const CURRENT_COURSE_STATUSES: readonly CourseStatus[] = ['preparing', 'in_sessions', 'integrating'];

export const INTENTION_KINDS = ['goal', 'intention'] as const;
export type IntentionKind = (typeof INTENTION_KINDS)[number];

export const GROUNDING_KINDS = [
  { code: 'breath', label: 'Breath' },
  { code: 'orienting', label: 'Orienting' },
  { code: 'movement', label: 'Movement' },
  { code: 'sound', label: 'Sound' },
  { code: 'object', label: 'An object' },
  { code: 'touch', label: 'Touch' },
  { code: 'words', label: 'Words' },
] as const;
export type GroundingKind = (typeof GROUNDING_KINDS)[number]['code'];

/** Kinds of supportive touch a client may consent to; the session console allows only these. */
export const TOUCH_KINDS = [
  { code: 'hand_on_shoulder', label: 'A hand on the shoulder' },
  { code: 'holding_hand', label: 'Holding a hand' },
  { code: 'hand_on_back', label: 'A hand on the upper back' },
  { code: 'hand_on_feet', label: 'Hands on the feet' },
  { code: 'hand_on_arm', label: 'A hand on the forearm' },
  { code: 'weighted_blanket', label: 'A weighted blanket placed by the therapist' },
] as const;
export type TouchKind = (typeof TOUCH_KINDS)[number]['code'];

/** Who wrote a version of a record. */
export const AUTHOR_KINDS = ['client', 'staff'] as const;
export type AuthorKind = (typeof AUTHOR_KINDS)[number];

/** The kinds of versioned preparation record kept in one revisions table (see docs/decisions/0021). */
export const VERSIONED_KINDS = ['intention', 'grounding_tool', 'touch_preferences', 'safety_plan'] as const;
export type VersionedKind = (typeof VERSIONED_KINDS)[number];

export const READINESS_ITEMS = [
  { code: 'fasting', label: 'Fasting as instructed' },
  { code: 'ride_home', label: 'A ride home is arranged' },
  { code: 'no_driving', label: 'No driving until the next day' },
] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number]['code'];

/** The client confirms in the portal; staff confirm when the client arrives. */
export const READINESS_CHANNELS = ['portal', 'arrival'] as const;
export type ReadinessChannel = (typeof READINESS_CHANNELS)[number];

export const PRESCRIBER_PRESENCE = ['in_room', 'on_call'] as const;
export type PrescriberPresence = (typeof PRESCRIBER_PRESENCE)[number];

export const PLANNED_SESSION_STATUSES = ['planned', 'started', 'completed', 'cancelled'] as const;
export type PlannedSessionStatus = (typeof PLANNED_SESSION_STATUSES)[number];

export const DEFAULT_SESSION_MINUTES = 180;
