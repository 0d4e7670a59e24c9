import { describe, expect, it } from 'vitest';
import { checkDose, checkPrnMedicine, type Dose, type DoseContext, firstDoseAt, type PrnMedicine, ROUTES } from './doses.js';

const context: DoseContext = { prescriberIds: ['rx-1'], openedAt: '2026-12-01T10:00:00.000Z', now: '2026-12-01T10:30:00.000Z' };
const dose: Dose = {
  medicine: 'ketamine',
  mg: 100,
  route: 'sublingual',
  administeredAt: '2026-12-01T10:10:00.000Z',
  administeredBy: 'nurse-1',
  orderedBy: 'rx-1',
  lot: '',
};

describe('checkDose', () => {
  it('accepts a dose given by staff on a care-team prescriber’s order, with or without a lot', () => {
    expect(checkDose(dose, context)).toEqual([]);
    expect(checkDose({ ...dose, lot: 'A123' }, context)).toEqual([]);
  });

  it('has the four routes of clinical.md', () => {
    expect(ROUTES.map((r) => r.code)).toEqual(['sublingual', 'intramuscular', 'intranasal', 'intravenous']);
  });

  it('needs an amount but never says what it should be', () => {
    const messages = [0, -5, Number.NaN, 5000].flatMap((mg) => checkDose({ ...dose, mg }, context).map((i) => i.message));
    expect(messages).toHaveLength(4);
    // No message names a number: Holdspace never suggests a dose.
    for (const m of messages) expect(m).not.toMatch(/\d/);
  });

  it('accepts any positive amount short of a slipped key, whatever the route', () => {
    for (const mg of [0.5, 28, 56, 84, 250, 750]) expect(checkDose({ ...dose, mg, route: 'intramuscular' }, context)).toEqual([]);
  });

  it('needs a prescriber on the care team as the order’s author', () => {
    expect(checkDose({ ...dose, orderedBy: 'nurse-1' }, context)).toEqual([
      { path: 'orderedBy', message: 'name the prescriber on the care team whose order this was' },
    ]);
  });

  it('refuses a time before the session opened or in the future, allowing a device clock a little ahead', () => {
    expect(checkDose({ ...dose, administeredAt: '2026-12-01T09:59:00.000Z' }, context)).toEqual([
      { path: 'administeredAt', message: 'is before the session was opened' },
    ]);
    expect(checkDose({ ...dose, administeredAt: '2026-12-01T10:33:00.000Z' }, context)).toEqual([
      { path: 'administeredAt', message: 'is in the future' },
    ]);
    expect(checkDose({ ...dose, administeredAt: '2026-12-01T10:31:00.000Z' }, context)).toEqual([]);
  });

  it('knows esketamine is intranasal', () => {
    expect(checkDose({ ...dose, medicine: 'esketamine', route: 'sublingual' }, context)).toEqual([
      { path: 'route', message: 'esketamine (Spravato) is given intranasally' },
    ]);
    expect(checkDose({ ...dose, medicine: 'esketamine', route: 'intranasal', mg: 56 }, context)).toEqual([]);
  });
});

describe('checkPrnMedicine', () => {
  const prn: PrnMedicine = {
    medicine: 'Ondansetron ODT',
    amount: '4 mg',
    route: 'oral',
    givenAt: '2026-12-01T10:25:00.000Z',
    reason: 'nausea',
    administeredBy: 'nurse-1',
    orderedBy: 'rx-1',
  };
  it('needs the medicine, a reason, a prescriber and a possible time', () => {
    expect(checkPrnMedicine(prn, context)).toEqual([]);
    expect(checkPrnMedicine({ ...prn, medicine: ' ', reason: '', orderedBy: 'x', givenAt: 'soon' }, context)).toEqual([
      { path: 'medicine', message: 'name the medicine given' },
      { path: 'reason', message: 'say why it was given' },
      { path: 'orderedBy', message: 'name the prescriber on the care team whose order this was' },
      { path: 'givenAt', message: 'give the time it was given' },
    ]);
  });
});

describe('firstDoseAt', () => {
  it('is the earliest administration, whatever order they were logged in (a booster comes later)', () => {
    const booster = { ...dose, administeredAt: '2026-12-01T10:50:00.000Z' };
    expect(firstDoseAt([booster, dose])).toBe(dose.administeredAt);
    expect(firstDoseAt([])).toBeNull();
  });
});
