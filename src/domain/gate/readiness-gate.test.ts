import { describe, expect, it } from 'vitest';
import { checkOverride } from './override.js';
import { evaluateReadinessGate, type GateFacts } from './readiness-gate.js';
import { GATE_REQUIREMENTS, type GateRequirement } from './requirements.js';

const SESSION_DATE = '2026-12-10';

/** A client ready in every respect, with a session planned and all checks confirmed. */
function ready(): GateFacts {
  return {
    consultation: { decision: 'proceed_to_preparation' },
    screeningRecordedAt: '2026-11-20T10:00:00.000Z',
    clearances: [{ clearedOn: '2026-11-21', validUntil: '2027-02-21', withdrawnAt: null, recordedAt: '2026-11-21T10:00:00.000Z' }],
    requiredConsents: [
      { key: 'kap_informed_consent', title: 'Informed consent for KAP', currentVersion: 1, signedVersion: 1 },
      { key: 'touch_consent', title: 'Consent to supportive touch', currentVersion: 2, signedVersion: 2 },
    ],
    preparationCompletedAt: '2026-12-01T10:00:00.000Z',
    hasSafetyPlan: true,
    hasTouchPreferences: true,
    openSafetyFlags: [],
    plannedSession: { id: 'ps-1', confirmed: ['fasting', 'ride_home', 'no_driving'], overrides: [] },
  };
}

function only(facts: GateFacts, date = SESSION_DATE) {
  return evaluateReadinessGate(facts, date).unmet;
}

describe('the readiness gate', () => {
  it('holds when every requirement is met, listing all eleven as met', () => {
    const result = evaluateReadinessGate(ready(), SESSION_DATE);
    expect(result.holds).toBe(true);
    expect(result.unmet).toEqual([]);
    expect(result.items.map((i) => i.code)).toEqual(GATE_REQUIREMENTS);
    expect(result.items.every((i) => i.state === 'met')).toBe(true);
  });

  const missingAlone: [GateRequirement, (f: GateFacts) => GateFacts, RegExp][] = [
    ['consultation_proceed', (f) => ({ ...f, consultation: null }), /No consultation record has been signed/],
    ['medical_screening', (f) => ({ ...f, screeningRecordedAt: null }), /screening has not been recorded/],
    ['medical_clearance', (f) => ({ ...f, clearances: [] }), /No medical clearance has been recorded/],
    [
      'consents_signed',
      (f) => ({ ...f, requiredConsents: [f.requiredConsents[0]!, { ...f.requiredConsents[1]!, signedVersion: null }] }),
      /consents still need/,
    ],
    ['preparation_complete', (f) => ({ ...f, preparationCompletedAt: null }), /not been marked complete/],
    ['safety_plan', (f) => ({ ...f, hasSafetyPlan: false }), /no safety plan/],
    ['touch_preferences', (f) => ({ ...f, hasTouchPreferences: false }), /have not been recorded/],
    [
      'safety_flags_acknowledged',
      (f) => ({ ...f, openSafetyFlags: [{ id: 'f1', label: 'ASQ positive screen' }] }),
      /waiting to be acknowledged/,
    ],
    [
      'readiness_fasting',
      (f) => ({ ...f, plannedSession: { ...f.plannedSession!, confirmed: ['ride_home', 'no_driving'] } }),
      /Not confirmed/,
    ],
    [
      'readiness_ride_home',
      (f) => ({ ...f, plannedSession: { ...f.plannedSession!, confirmed: ['fasting', 'no_driving'] } }),
      /Not confirmed/,
    ],
    [
      'readiness_no_driving',
      (f) => ({ ...f, plannedSession: { ...f.plannedSession!, confirmed: ['fasting', 'ride_home'] } }),
      /Not confirmed/,
    ],
  ];

  it.each(missingAlone)('names %s alone when only it is missing', (code, change, message) => {
    const result = evaluateReadinessGate(change(ready()), SESSION_DATE);
    expect(result.holds).toBe(false);
    // A screening that is missing also leaves the clearance unanchored: a clearance counts only after a screening.
    expect(result.unmet).toEqual(code === 'medical_screening' ? ['medical_screening', 'medical_clearance'] : [code]);
    const item = result.items.find((i) => i.code === code)!;
    expect(item.message).toMatch(message);
    expect(item.resolvedBy.length).toBeGreaterThan(0);
    expect(item.resolvedByText).toMatch(/\.$/);
  });

  it('covers every requirement in the table above', () => {
    expect(missingAlone.map(([code]) => code).sort()).toEqual([...GATE_REQUIREMENTS].sort());
  });

  it('says who can resolve each item, in plain words', () => {
    const result = evaluateReadinessGate(
      { ...ready(), openSafetyFlags: [{ id: 'f', label: 'x' }], plannedSession: { id: 'p', confirmed: [], overrides: [] } },
      SESSION_DATE,
    );
    const who = Object.fromEntries(result.items.map((i) => [i.code, i.resolvedByText]));
    expect(who.consultation_proceed).toBe('The therapist.');
    expect(who.medical_clearance).toBe('The prescriber.');
    expect(who.consents_signed).toBe('The client, in the portal.');
    expect(who.safety_flags_acknowledged).toBe('The therapist or the prescriber.');
    expect(who.readiness_fasting).toBe('The client, in the portal or staff when the client arrives.');
  });

  it('refuses a consultation that decided something other than proceed', () => {
    expect(only({ ...ready(), consultation: { decision: 'not_now' } })).toEqual(['consultation_proceed']);
    expect(only({ ...ready(), consultation: { decision: null } })).toEqual(['consultation_proceed']);
  });

  describe('clearance and the session date', () => {
    const withUntil = (validUntil: string): GateFacts => ({
      ...ready(),
      clearances: [{ clearedOn: '2026-11-21', validUntil, withdrawnAt: null, recordedAt: '2026-11-21T10:00:00.000Z' }],
    });
    it('fails when the clearance ran out the day before the session', () => {
      const result = evaluateReadinessGate(withUntil('2026-12-09'), SESSION_DATE);
      expect(result.unmet).toEqual(['medical_clearance']);
      expect(result.items.find((i) => i.code === 'medical_clearance')!.message).toBe('The medical clearance ran out on 2026-12-09.');
    });
    it('holds when the clearance runs out on the session date (good through its last day)', () => {
      expect(only(withUntil('2026-12-10'))).toEqual([]);
    });
    it('holds when the clearance runs out the day after', () => {
      expect(only(withUntil('2026-12-11'))).toEqual([]);
    });
    it('fails a withdrawn clearance, and one that only starts after the date', () => {
      const withdrawn = { ...ready(), clearances: [{ ...ready().clearances[0]!, withdrawnAt: '2026-12-01T00:00:00.000Z' }] };
      expect(evaluateReadinessGate(withdrawn, SESSION_DATE).items.find((i) => i.code === 'medical_clearance')!.message).toMatch(
        /withdrawn/,
      );
      expect(only(withdrawn)).toEqual(['medical_clearance']);
      const later = { ...ready(), clearances: [{ ...ready().clearances[0]!, clearedOn: '2026-12-11' }] };
      expect(only(later)).toEqual(['medical_clearance']);
    });
    it('does not count a clearance recorded before the screening', () => {
      const early = { ...ready(), screeningRecordedAt: '2026-11-25T10:00:00.000Z' };
      expect(only(early)).toEqual(['medical_clearance']);
    });
    it('uses any clearance valid on the date, not only the newest', () => {
      const two = {
        ...ready(),
        clearances: [
          { clearedOn: '2026-11-21', validUntil: '2027-02-21', withdrawnAt: null, recordedAt: '2026-11-21T10:00:00.000Z' },
          { clearedOn: '2026-11-30', validUntil: '2026-12-01', withdrawnAt: null, recordedAt: '2026-11-30T10:00:00.000Z' },
        ],
      };
      expect(only(two)).toEqual([]);
    });
  });

  it('asks again when a new consent version is published after signing', () => {
    const republished = {
      ...ready(),
      requiredConsents: [{ key: 'kap_informed_consent', title: 'Informed consent for KAP', currentVersion: 2, signedVersion: 1 }],
    };
    const result = evaluateReadinessGate(republished, SESSION_DATE);
    expect(result.unmet).toEqual(['consents_signed']);
    expect(result.items.find((i) => i.code === 'consents_signed')!.details).toEqual([
      'Informed consent for KAP: a new version (2) is waiting to be signed',
    ]);
  });

  it('leaves the readiness checks out when no session is planned (the move into sessions)', () => {
    const result = evaluateReadinessGate({ ...ready(), plannedSession: null }, SESSION_DATE);
    expect(result.holds).toBe(true);
    expect(result.items.map((i) => i.code)).not.toContain('readiness_fasting');
    expect(result.plannedSessionId).toBeNull();
  });

  it('lists every unmet requirement at once for a brand-new client', () => {
    const blank: GateFacts = {
      consultation: null,
      screeningRecordedAt: null,
      clearances: [],
      requiredConsents: [{ key: 'k', title: 'Consent', currentVersion: 1, signedVersion: null }],
      preparationCompletedAt: null,
      hasSafetyPlan: false,
      hasTouchPreferences: false,
      openSafetyFlags: [],
      plannedSession: { id: 'p', confirmed: [], overrides: [] },
    };
    expect(only(blank)).toEqual(GATE_REQUIREMENTS.filter((c) => c !== 'safety_flags_acknowledged'));
  });
});

describe('overrides', () => {
  const override = (requirement: GateRequirement) => ({
    id: 'o1',
    requirement,
    reason: 'Clearance renewal is booked for the next day; BP stable.',
    prescriberName: 'Dr. Ada Okafor',
    at: '2026-12-09T10:00:00.000Z',
  });
  const expired = (): GateFacts => ({
    ...ready(),
    clearances: [{ clearedOn: '2026-09-01', validUntil: '2026-12-09', withdrawnAt: null, recordedAt: '2026-11-21T10:00:00.000Z' }],
  });

  it('a prescriber’s override covers its one requirement for that session, and shows who and why', () => {
    const facts = expired();
    facts.plannedSession = { ...facts.plannedSession!, overrides: [override('medical_clearance')] };
    const result = evaluateReadinessGate(facts, SESSION_DATE);
    expect(result.holds).toBe(true);
    const item = result.items.find((i) => i.code === 'medical_clearance')!;
    expect(item.state).toBe('overridden');
    expect(item.override?.prescriberName).toBe('Dr. Ada Okafor');
    expect(item.message).toMatch(/Overridden by Dr\. Ada Okafor: Clearance renewal/);
  });

  it('covers nothing else: another unmet requirement still stops the session', () => {
    const facts = expired();
    facts.hasSafetyPlan = false;
    facts.plannedSession = { ...facts.plannedSession!, overrides: [override('medical_clearance')] };
    expect(evaluateReadinessGate(facts, SESSION_DATE).unmet).toEqual(['safety_plan']);
  });

  it('applies to that one session only: without the session the requirement is unmet again', () => {
    const facts = expired();
    const other = { ...facts, plannedSession: { id: 'ps-2', confirmed: facts.plannedSession!.confirmed, overrides: [] } };
    expect(evaluateReadinessGate(other, SESSION_DATE).unmet).toEqual(['medical_clearance']);
  });

  it('never covers informed consent', () => {
    const facts = { ...ready(), requiredConsents: [{ key: 'k', title: 'Consent', currentVersion: 1, signedVersion: null }] };
    facts.plannedSession = { ...facts.plannedSession!, overrides: [override('consents_signed')] };
    expect(evaluateReadinessGate(facts, SESSION_DATE).unmet).toEqual(['consents_signed']);
  });

  describe('who may override', () => {
    const gate = evaluateReadinessGate(expired(), SESSION_DATE);
    it('allows the client’s prescriber', () => {
      expect(checkOverride({ roles: ['prescriber'], careRoles: ['prescriber'] }, 'medical_clearance', gate)).toBeNull();
    });
    it.each([
      ['the therapist', { roles: ['therapist'] as const, careRoles: ['therapist'] as const }],
      ['an admin', { roles: ['admin'] as const, careRoles: [] as const }],
      ['a co-facilitator', { roles: ['co_facilitator'] as const, careRoles: ['co_facilitator'] as const }],
      ['a prescriber who is not on this care team', { roles: ['prescriber'] as const, careRoles: [] as const }],
      [
        'a prescriber acting here as co-facilitator',
        { roles: ['prescriber', 'co_facilitator'] as const, careRoles: ['co_facilitator'] as const },
      ],
      ['an admin who is also a therapist on the team', { roles: ['admin', 'therapist'] as const, careRoles: ['therapist'] as const }],
    ])('refuses %s', (_who, actor) => {
      expect(checkOverride({ roles: [...actor.roles], careRoles: [...actor.careRoles] }, 'medical_clearance', gate)).toBe(
        'not_the_prescriber',
      );
    });
    it('refuses a requirement that is already met, consent, and a second override on the same session', () => {
      const prescriber = { roles: ['prescriber'] as const, careRoles: ['prescriber'] as const };
      const p = { roles: [...prescriber.roles], careRoles: [...prescriber.careRoles] };
      expect(checkOverride(p, 'safety_plan', gate)).toBe('already_met');
      expect(checkOverride(p, 'consents_signed', gate)).toBe('not_overridable');
      const facts = expired();
      facts.hasSafetyPlan = false;
      facts.plannedSession = { ...facts.plannedSession!, overrides: [override('medical_clearance')] };
      const overridden = evaluateReadinessGate(facts, SESSION_DATE);
      expect(checkOverride(p, 'medical_clearance', overridden)).toBe('already_overridden');
      expect(checkOverride(p, 'safety_plan', overridden)).toBe('one_override_per_session');
    });
  });
});
