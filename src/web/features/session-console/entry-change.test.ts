import { describe, expect, it } from 'vitest';
import type { ContentEntryBody } from '../../../contracts/session-console.contracts';
import { changeFields, initialValues, replacementFrom } from './entry-change';

const vitals: ContentEntryBody = {
  kind: 'vitals',
  body: {
    purpose: 'scheduled',
    recheckOf: null,
    reading: { systolic: 130, diastolic: 85, heartRate: 80, spo2: 97, respiratoryRate: 14, sedation: 4 },
  },
};

describe('correcting an entry from the timeline', () => {
  it('offers the fields that can be corrected in place, and none for a dose', () => {
    expect(changeFields({ kind: 'note', body: { text: 'x' } }, {}).map((f) => f.name)).toEqual(['text']);
    const terms = { breath: [{ code: 'slow', label: 'Slow' }] };
    const observation = changeFields({ kind: 'observation', body: { category: 'breath', term: 'slow', note: '' } }, terms);
    expect(observation[0]).toMatchObject({ name: 'term', type: 'choice', choices: terms.breath });
    const dose: ContentEntryBody = {
      kind: 'dose',
      body: {
        medicine: 'ketamine',
        mg: 1,
        route: 'sublingual',
        administeredAt: '2026-12-02T10:00:00.000Z',
        administeredBy: 'a',
        orderedBy: 'a',
        lot: '',
      },
    };
    expect(changeFields(dose, {})).toEqual([]);
    expect(replacementFrom(dose, {})).toEqual({ problem: 'This kind of entry can only be marked as entered in error.' });
  });

  it('keeps what the form does not show and replaces what it does', () => {
    const values = { ...initialValues(vitals), systolic: '128' };
    const built = replacementFrom(vitals, values);
    expect(built).toEqual({
      replacement: { ...vitals, body: { ...vitals.body, reading: { ...vitals.body.reading, systolic: 128 } } },
    });
  });

  it('asks again for a blank note or a reading that is not a whole number', () => {
    expect(replacementFrom({ kind: 'note', body: { text: 'x' } }, { text: '  ' })).toEqual({ problem: 'Please write the note.' });
    expect(replacementFrom(vitals, { ...initialValues(vitals), spo2: '9x' })).toEqual({ problem: 'Enter each reading as a whole number.' });
  });

  it('trims a corrected fragment, keeping its kind', () => {
    const fragment: ContentEntryBody = { kind: 'fragment', body: { fragmentKind: 'memory', words: 'a kitchen' } };
    expect(replacementFrom(fragment, { words: ' my grandmother’s kitchen ' })).toEqual({
      replacement: { kind: 'fragment', body: { fragmentKind: 'memory', words: 'my grandmother’s kitchen' } },
    });
  });
});
