/**
 * The session console's rules (issue 10), pure: what the server enforces and the console shows.
 * Start at `foldTimeline` / `applyEvent` (timeline.ts) and `sessionView` (session-view.ts).
 */
export * from './adverse-events.js';
export * from './alerts.js';
export * from './baseline-check.js';
export * from './console-cues.js';
export * from './console-settings.js';
export * from './discharge.js';
export * from './doses.js';
export * from './entries.js';
export * from './entry-checks.js';
export * from './fragments.js';
export * from './interventions.js';
export * from './rems-summary.js';
export * from './sedation.js';
export * from './session-view.js';
export * from './timeline.js';
export * from './timeline-state.js';
export * from './vitals.js';
export * from './vitals-schedule.js';
export * from './vocabulary.js';
