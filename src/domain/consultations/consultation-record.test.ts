import { describe, expect, it } from 'vitest';
import { type ConsultationDraft, missingForSignature, phaseAfterDecision } from './consultation-record.js';

const complete: ConsultationDraft = {
  heldOn: '2026-11-20',
  goals: 'Feel connected to my children again.',
  presentingConcerns: ['depression_not_improved'],
  presentingOther: '',
  relatedTherapies: ['emdr'],
  relatedOther: '',
  decision: 'proceed_to_preparation',
  decisionReasons: 'Good fit; stable; strong support.',
};

describe('missingForSignature', () => {
  it('is empty for a complete record', () => {
    expect(missingForSignature(complete)).toEqual([]);
  });

  it('names every missing piece', () => {
    const missing = missingForSignature({
      ...complete,
      heldOn: '',
      goals: ' ',
      presentingConcerns: [],
      decision: null,
      decisionReasons: '',
    });
    expect(missing.map((m) => m.field)).toEqual(['heldOn', 'presentingConcerns', 'goals', 'decision', 'decisionReasons']);
  });

  it('needs words when "other" is chosen', () => {
    const missing = missingForSignature({ ...complete, presentingConcerns: ['other'], relatedTherapies: ['other'] });
    expect(missing.map((m) => m.field)).toEqual(['presentingOther', 'relatedOther']);
  });
});

describe('phaseAfterDecision', () => {
  it('moves the client on the path the decision says', () => {
    expect(phaseAfterDecision('proceed_to_preparation')).toBe('preparation');
    expect(phaseAfterDecision('refer_medical_evaluation')).toBe('consultation');
    expect(phaseAfterDecision('different_approach')).toBe('completed');
    expect(phaseAfterDecision('not_now')).toBe('paused');
  });
});
