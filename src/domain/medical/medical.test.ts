import { describe, expect, it } from 'vitest';
import { checkClearanceDates, clearanceStatus, currentClearance } from './clearance-status.js';
import { checkMonitoringSettings, DEFAULT_MONITORING } from './monitoring-settings.js';
import { checkScreening, SCREENING_ITEMS, type ScreeningAnswers, screeningConcerns } from './screening-checklist.js';

function allNo(): ScreeningAnswers {
  return Object.fromEntries(SCREENING_ITEMS.map((i) => [i.code, { answer: 'no' as const, note: '' }]));
}

describe('checkScreening', () => {
  it('has the 17 items of the checklist', () => {
    expect(SCREENING_ITEMS).toHaveLength(17);
  });

  it('accepts every item answered', () => {
    expect(checkScreening(allNo())).toEqual([]);
  });

  it('names an unanswered item and an unknown code', () => {
    const answers = allNo();
    delete answers.glaucoma;
    answers.astrology = { answer: 'no', note: '' };
    expect(checkScreening(answers)).toEqual([
      { item: 'astrology', message: 'is not an item on the checklist' },
      { item: 'glaucoma', message: 'needs an answer: yes, no or unknown' },
    ]);
  });

  it('asks what is unknown', () => {
    const answers = { ...allNo(), pregnancy: { answer: 'unknown' as const, note: '' } };
    expect(checkScreening(answers)).toEqual([{ item: 'pregnancy', message: expect.stringContaining('unknown') }]);
  });
});

describe('screeningConcerns', () => {
  it('lists yes and unknown answers in checklist order, without the notes', () => {
    const answers = {
      ...allNo(),
      glaucoma: { answer: 'unknown' as const, note: 'eye exam booked' },
      uncontrolled_hypertension: { answer: 'yes' as const, note: '150/95' },
    };
    expect(screeningConcerns(answers)).toEqual([
      { code: 'uncontrolled_hypertension', label: 'Uncontrolled hypertension', answer: 'yes' },
      { code: 'glaucoma', label: 'Glaucoma', answer: 'unknown' },
    ]);
  });
});

describe('clearanceStatus', () => {
  const c = { clearedOn: '2026-11-01', validUntil: '2027-02-01', withdrawnAt: null };
  it('holds from its first day through its last', () => {
    expect(clearanceStatus(c, '2026-11-01')).toBe('valid');
    expect(clearanceStatus(c, '2027-02-01')).toBe('valid');
  });
  it('has expired the day after', () => {
    expect(clearanceStatus(c, '2027-02-02')).toBe('expired');
  });
  it('is not valid before it starts', () => {
    expect(clearanceStatus(c, '2026-10-31')).toBe('not_yet_valid');
  });
  it('is withdrawn whatever the dates', () => {
    expect(clearanceStatus({ ...c, withdrawnAt: '2026-11-10T10:00:00.000Z' }, '2026-11-15')).toBe('withdrawn');
  });
  it('picks the newest valid clearance', () => {
    const older = { ...c, recordedAt: '2026-11-01T10:00:00.000Z' };
    const newer = { ...c, clearedOn: '2026-11-15', recordedAt: '2026-11-15T10:00:00.000Z' };
    const withdrawn = { ...c, withdrawnAt: '2026-11-20T10:00:00.000Z', recordedAt: '2026-11-20T09:00:00.000Z' };
    expect(currentClearance([older, newer, withdrawn], '2026-11-22')).toBe(newer);
    expect(currentClearance([withdrawn], '2026-11-22')).toBeNull();
  });
});

describe('checkClearanceDates', () => {
  it('refuses an end before the start and a clearance dated in the future', () => {
    expect(checkClearanceDates('2026-11-10', '2026-11-09', '2026-11-22')).toBe('ends_before_it_starts');
    expect(checkClearanceDates('2026-11-23', '2027-01-01', '2026-11-22')).toBe('dated_in_the_future');
    expect(checkClearanceDates('2026-11-22', '2026-11-22', '2026-11-22')).toBeNull();
  });
});

describe('monitoring settings', () => {
  it('ships the published defaults', () => {
    expect(DEFAULT_MONITORING.vitalsDueMinutes).toEqual([15, 30, 40, 60, 90, 120]);
    expect(DEFAULT_MONITORING.alerts).toEqual({
      systolicRise: 40,
      diastolicRise: 25,
      systolicMax: 180,
      diastolicMax: 110,
      heartRateMax: 120,
      heartRateMin: 50,
      spo2Min: 92,
    });
    expect(DEFAULT_MONITORING.baselineBpWarning).toEqual({ systolic: 140, diastolic: 90 });
    expect(DEFAULT_MONITORING.baselineBpContraindicated).toEqual({ systolic: 180, diastolic: 100 });
    expect(DEFAULT_MONITORING.minimumObservationMinutes).toBe(120);
    expect(checkMonitoringSettings(DEFAULT_MONITORING)).toEqual([]);
  });

  it('catches numbers that contradict each other', () => {
    const bad = {
      ...DEFAULT_MONITORING,
      baselineBpContraindicated: { systolic: 130, diastolic: 100 },
      alerts: { ...DEFAULT_MONITORING.alerts, heartRateMin: 130 },
      vitalsDueMinutes: [15, 15, 30],
    };
    expect(checkMonitoringSettings(bad).map((i) => i.path)).toEqual([
      'baselineBpContraindicated.systolic',
      'alerts.heartRateMin',
      'vitalsDueMinutes',
    ]);
  });
});
