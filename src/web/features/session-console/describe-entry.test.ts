import { describe, expect, it } from 'vitest';
import { describeEntry } from './describe-entry';

describe('describeEntry', () => {
  it('says a vitals check in short clinical words', () => {
    const words = describeEntry({
      kind: 'vitals',
      body: {
        purpose: 'scheduled',
        recheckOf: null,
        reading: { systolic: 150, diastolic: 92, heartRate: 88, spo2: 97, respiratoryRate: null, sedation: 4 },
      },
    });
    expect(words.detail).toBe('BP 150/92, HR 88, SpO2 97%, MOAA/S 4');
  });

  it('keeps a fragment in the client’s own words', () => {
    expect(describeEntry({ kind: 'fragment', body: { fragmentKind: 'image', words: 'a blue door, open' } })).toEqual({
      title: 'Fragment · image',
      detail: 'a blue door, open',
    });
  });

  it('names the environment aspect and its note', () => {
    const words = describeEntry({ kind: 'intervention', body: { type: 'environment', aspect: 'music', note: 'Set 2' } });
    expect(words).toEqual({ title: 'Environment · Music', detail: 'Set 2' });
  });

  it('uses the practice’s label for a somatic term', () => {
    const words = describeEntry({ kind: 'observation', body: { category: 'breath', term: 'sighing', note: '' } }, () => 'Sighing');
    expect(words).toEqual({ title: 'Breath', detail: 'Sighing' });
  });
});
