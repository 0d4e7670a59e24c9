/** What other features may use of readiness; everything else in this folder is its own. */
export { assertGateHolds, clientGate, gateRefusal, sessionGate } from './client-gate.js';
export { overridesOf } from './gate-facts.repository.js';
export { dayBounds, readReadiness } from './read-readiness.js';
