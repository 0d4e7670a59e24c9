/**
 * The session console's contracts (issue 10): the entries a device sends, in one discriminated union on
 * `kind`, and what the server answers. Split in two files by direction; import from here.
 */
export * from './session-console-entries.contracts.js';
export * from './session-console-glance.contracts.js';
export * from './session-console-responses.contracts.js';
