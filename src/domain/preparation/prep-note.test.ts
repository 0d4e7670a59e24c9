import { describe, expect, it } from 'vitest';
import { prepNoteMissingForSignature } from './prep-note.js';

describe('signing a preparation note', () => {
  it('needs the date and what was explored', () => {
    expect(prepNoteMissingForSignature({ heldOn: '', explored: ' ', practised: '', nextSteps: '' }).map((m) => m.field)).toEqual([
      'heldOn',
      'explored',
    ]);
  });
  it('lets practised and next steps stay blank', () => {
    expect(
      prepNoteMissingForSignature({ heldOn: '2026-11-20', explored: 'Fears about losing control', practised: '', nextSteps: '' }),
    ).toEqual([]);
  });
});
