import { describe, expect, it } from 'vitest';
import type { EntryPayload, SessionEvent } from './entries.js';
import { CURRENT_REMS_TEMPLATE, REMS_TEMPLATES, remsSummary } from './rems-summary.js';
import { sessionView } from './session-view.js';
import { at, context, doseEntry, event, PRESCRIBER, reading, vitals } from './test-fixtures.js';
import { foldTimeline } from './timeline.js';

function esketamine(minutes: number, mg: number, lot: string): EntryPayload {
  const d = doseEntry(minutes);
  if (d.kind !== 'dose') throw new Error();
  return { kind: 'dose', body: { ...d.body, medicine: 'esketamine', route: 'intranasal', mg, lot } };
}

const assessment = (dissociationObserved: boolean | null): EntryPayload => ({
  kind: 'discharge_assessment',
  body: {
    alertAndOriented: true,
    steadyOnFeet: true,
    nauseaSettled: true,
    escortPresent: true,
    noDrivingAcknowledged: true,
    clinicallyReadyAt: at(75),
    dissociationObserved,
  },
});

function spravatoSession(extra: SessionEvent[] = [], dissociation: boolean | null = true): SessionEvent[] {
  return [
    event({ kind: 'vitals', body: vitals(reading(128, 82), 'baseline') }, -10),
    event(esketamine(0, 56, 'LOT-A1'), 0, { authorId: PRESCRIBER }),
    event(esketamine(5, 28, 'LOT-A1'), 5, { authorId: PRESCRIBER }),
    event({ kind: 'vitals', body: vitals(reading(138, 86, { sedation: 5 })) }, 15),
    event({ kind: 'vitals', body: vitals(reading(150, 90, { sedation: 4 })) }, 41),
    event({ kind: 'vitals', body: vitals(reading(132, 84, { sedation: 5 })) }, 120),
    event({ kind: 'clinician_score', body: { instrumentName: 'CADSS', score: 12, note: '' } }, 60),
    event(assessment(dissociation), 121),
    ...extra,
    event({ kind: 'discharged', body: { override: null } }, 124, { authorId: PRESCRIBER }),
  ];
}

function summary(events: SessionEvent[], concomitant = {}) {
  const fold = foldTimeline(context(), events);
  expect(fold.rejected).toEqual([]);
  return remsSummary({ view: sessionView(fold.state, at(130)), timeZone: 'America/New_York', now: at(130), concomitant });
}

describe('remsSummary', () => {
  it('is only for sessions with intranasal esketamine', () => {
    const ketamine = [
      event({ kind: 'vitals', body: vitals(reading(120, 80), 'baseline') }, -10),
      event(doseEntry(0), 0, { authorId: PRESCRIBER }),
    ];
    expect(summary(ketamine)).toBeNull();
  });

  it('fills the form’s fields from what was logged', () => {
    const s = summary(spravatoSession(), { benzodiazepines: 'no', opioids: 'yes' })!;
    expect(s).toMatchObject({
      templateId: 'spravato-rems-patient-monitoring',
      templateVersion: '1',
      sessionDate: '2026-12-01',
      doseMg: 84,
      lots: ['LOT-A1'],
      firstDeviceAt: at(0),
      totalMinutesMonitored: 124,
      bpBeforeDosing: { systolic: 128, diastolic: 82 },
      bpAtAbout40Minutes: { systolic: 150, diastolic: 90, minutesAfterFirstDevice: 41 },
      bpBeforeDischarge: { systolic: 132, diastolic: 84 },
      vitalsAcceptableBeforeDosing: { answer: 'yes' },
      vitalsAcceptableBeforeDischarge: { answer: 'yes' },
      minutesUntilReadyWithoutMinimum: 75,
      sedation: { answer: 'yes', lowestMoaas: 4 },
      dissociation: { answer: 'yes', clinicianScores: [{ instrumentName: 'CADSS', score: 12 }] },
      respiratoryDepression: { answer: 'no' },
      seriousAdverseEvents: { answer: 'no', events: [] },
      concomitantMedicines: {
        benzodiazepines: 'no',
        opioids: 'yes',
        maois: 'not_recorded',
        psychostimulants: 'not_recorded',
        nonBenzodiazepineHypnotics: 'not_recorded',
      },
    });
    expect(s.notRecorded).toEqual(['concomitantMedicines']);
  });

  it('names what the session did not record, rather than guessing', () => {
    const s = summary(spravatoSession([], null))!;
    expect(s.notRecorded).toEqual(['dissociation', 'concomitantMedicines']);
    expect(s.dissociation.answer).toBe('not_recorded');
  });

  it('reports respiratory concern and serious events from the adverse events and low-SpO2 alerts', () => {
    const low = event({ kind: 'vitals', body: vitals(reading(130, 84, { spo2: 90, sedation: 3 })) }, 60);
    const concern = event(
      {
        kind: 'adverse_event',
        body: {
          eventKind: 'respiratory_concern',
          otherDescription: '',
          severity: 'severe',
          serious: true,
          actionTaken: 'Oxygen given',
          outcome: 'resolved',
        },
      },
      61,
    );
    // The alert id is derived from the reading's id, so every device acknowledges the same alert.
    const ack = event({ kind: 'alert_acknowledged', body: { alertId: `${low.id}:spo2_low`, note: 'Oxygen given' } }, 62);
    const extra = [low, concern, ack];
    const s = summary(spravatoSession(extra))!;
    expect(s.respiratoryDepression.answer).toBe('yes');
    expect(s.respiratoryDepression.detail).toContain('1 respiratory concern(s) logged; 1 low SpO2 alert(s)');
    expect(s.seriousAdverseEvents).toEqual({ answer: 'yes', events: [{ kind: 'respiratory_concern', description: 'Oxygen given' }] });
    expect(s.sedation.lowestMoaas).toBe(3);
  });

  it('keeps its fields as a versioned template', () => {
    const fields = REMS_TEMPLATES[CURRENT_REMS_TEMPLATE].fields.map((f) => f.key);
    expect(fields).toContain('minutesUntilReadyWithoutMinimum');
    const s = summary(spravatoSession())!;
    for (const key of fields) expect(s).toHaveProperty(key);
  });
});
