import { describe, expect, it } from 'vitest';
import { ADVERSE_EVENT_KINDS, type AdverseEvent, checkAdverseEvent, isUnsettled, OUTCOMES, SEVERITIES } from './adverse-events.js';
import { FRAGMENT_KINDS } from './fragments.js';
import { ENVIRONMENT_ASPECTS, INTERVENTION_KINDS, touchRefusal } from './interventions.js';
import { isMoaasScore, isSedated, MOAAS_SCALE, moaasDescription } from './sedation.js';

describe('interventions', () => {
  it('are the kinds and environment aspects of issue 10', () => {
    expect(INTERVENTION_KINDS.map((k) => k.code)).toEqual([
      'grounding_cue',
      'co_regulation',
      'words_offered',
      'supportive_touch',
      'environment',
    ]);
    expect(ENVIRONMENT_ASPECTS.map((a) => a.code)).toEqual(['light', 'music', 'temperature', 'eyeshade', 'blanket']);
  });

  it('allow only touch the client consented to', () => {
    expect(touchRefusal('hand_on_shoulder', ['hand_on_shoulder', 'holding_hand'])).toBeNull();
    expect(touchRefusal('hand_on_back', ['hand_on_shoulder'])).toBe('The client has not consented to this kind of touch.');
    expect(touchRefusal('hand_on_shoulder', [])).toContain('has not consented to supportive touch');
  });
});

describe('fragments', () => {
  it('are sensation, image, feeling and memory', () => {
    expect(FRAGMENT_KINDS.map((k) => k.code)).toEqual(['sensation', 'image', 'feeling', 'memory']);
  });
});

describe('MOAA/S', () => {
  it('carries the observer descriptions from clinical.md word for word, 5 down to 0', () => {
    expect(MOAAS_SCALE).toEqual([
      { score: 5, description: 'Responds readily to name in a normal tone' },
      { score: 4, description: 'Lethargic response to name in a normal tone' },
      { score: 3, description: 'Responds only after name is called loudly or repeatedly' },
      { score: 2, description: 'Responds only after mild prodding or shaking' },
      { score: 1, description: 'Responds only after a painful trapezius squeeze' },
      { score: 0, description: 'No response' },
    ]);
    expect(moaasDescription(3)).toBe('Responds only after name is called loudly or repeatedly');
  });

  it('accepts whole scores 0–5 only, and counts anything below 5 as sedation', () => {
    expect([0, 1, 2, 3, 4, 5].every(isMoaasScore)).toBe(true);
    expect([-1, 6, 2.5, '3', null].some(isMoaasScore)).toBe(false);
    expect(isSedated(5)).toBe(false);
    expect(isSedated(4)).toBe(true);
  });
});

describe('adverse events', () => {
  const base: AdverseEvent = {
    eventKind: 'nausea_vomiting',
    otherDescription: '',
    severity: 'mild',
    serious: false,
    actionTaken: '',
    outcome: 'ongoing',
  };

  it('are the kinds of clinical.md with severity and outcome', () => {
    expect(ADVERSE_EVENT_KINDS.map((k) => k.code)).toEqual([
      'nausea_vomiting',
      'elevated_bp',
      'anxiety_agitation',
      'excessive_sedation',
      'respiratory_concern',
      'fall',
      'other',
    ]);
    expect(SEVERITIES.map((s) => s.code)).toEqual(['mild', 'moderate', 'severe']);
    expect(OUTCOMES.map((o) => o.code)).toEqual(['ongoing', 'improving', 'resolved', 'transferred']);
  });

  it('asks what happened for "other" and what was done for a severe event', () => {
    expect(checkAdverseEvent(base)).toEqual([]);
    expect(checkAdverseEvent({ ...base, eventKind: 'other' })).toEqual([
      { path: 'otherDescription', message: 'say briefly what happened' },
    ]);
    expect(checkAdverseEvent({ ...base, severity: 'severe' })).toEqual([
      { path: 'actionTaken', message: 'record what was done for a severe event' },
    ]);
    expect(checkAdverseEvent({ ...base, severity: 'severe', actionTaken: 'Ondansetron given' })).toEqual([]);
  });

  it('counts ongoing and improving as not yet settled', () => {
    expect(isUnsettled('ongoing')).toBe(true);
    expect(isUnsettled('improving')).toBe(true);
    expect(isUnsettled('resolved')).toBe(false);
  });
});
