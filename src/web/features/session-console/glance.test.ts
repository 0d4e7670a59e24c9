import { describe, expect, it } from 'vitest';
import { glanceFrom, type PreparationOverview } from './glance';

const authorship = { authorKind: 'staff', authorName: 'Sam', at: '2026-11-20T10:00:00.000Z' } as never;

describe('glanceFrom', () => {
  it('offers only the touch the client consented to, with its limits', () => {
    const overview = {
      course: null,
      intentions: [
        { id: '1', kind: 'intention', text: 'Meet the grief gently', retired: false, current: authorship, versions: [] },
        { id: '2', kind: 'intention', text: 'Old one', retired: true, current: authorship, versions: [] },
      ],
      tools: [{ id: 't', kind: 'breath', kindLabel: 'Breath', name: 'Long exhale', howToUse: '', whatHelps: '', retired: false }],
      touchPreferences: {
        consentedTouch: ['holding_hand'],
        otherTouch: '',
        neverTouch: 'the face',
        groundingCues: 'Feel your feet\nYou are safe here',
        wordsToAvoid: 'calm down',
        signals: [{ signal: 'Raised hand', meaning: 'pause' }],
        reviewedWithClient: true,
        current: authorship,
      },
      safetyPlan: null,
      notes: [],
    } as unknown as PreparationOverview;
    const glance = glanceFrom(overview);
    expect(glance.intention).toBe('Meet the grief gently');
    expect(glance.touchConsent).toEqual({
      consented: true,
      kinds: [{ code: 'holding_hand', label: 'Holding a hand' }],
      limits: 'Never: the face',
    });
    expect(glance.groundingCues).toEqual(['Feel your feet', 'You are safe here', 'Long exhale']);
    expect(glance.wordsToAvoid).toEqual(['calm down']);
    expect(glance.signals).toEqual(['Raised hand: pause']);
  });

  it('says no touch when none was recorded', () => {
    const glance = glanceFrom({ course: null, intentions: [], tools: [], touchPreferences: null, safetyPlan: null, notes: [] });
    expect(glance.touchConsent).toBeNull();
    expect(glance.intention).toBeNull();
  });
});
