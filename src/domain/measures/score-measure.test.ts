import { describe, expect, it } from 'vitest';
import { scoreMeasure } from './score-measure.js';
import { sameAnswer } from './test-answers.js';
import type { InstrumentId } from './types.js';

describe('scoreMeasure', () => {
  it('scores each instrument with its own rules', () => {
    expect(scoreMeasure('PHQ-9', sameAnswer(9, 1))).toMatchObject({ instrumentId: 'PHQ-9', total: 9 });
    expect(scoreMeasure('GAD-7', sameAnswer(7, 1))).toMatchObject({ instrumentId: 'GAD-7', total: 7 });
    expect(scoreMeasure('PCL-5', sameAnswer(20, 1))).toMatchObject({ instrumentId: 'PCL-5', total: 20 });
    expect(scoreMeasure('ASQ', sameAnswer(4, 'no'))).toMatchObject({ instrumentId: 'ASQ', screen: 'negative' });
    expect(scoreMeasure('MAIA-2', sameAnswer(37, 5))).toMatchObject({ instrumentId: 'MAIA-2' });
  });

  it('passes the PCL-5 threshold setting through', () => {
    expect(scoreMeasure('PCL-5', sameAnswer(20, 1), { pcl5Threshold: 20 })).toMatchObject({
      threshold: 20,
      probablePtsd: true,
    });
  });

  it('gives a typed result for the instrument asked for', () => {
    const outcome = scoreMeasure('PHQ-9', sameAnswer(9, 0));
    if (outcome.status === 'complete') expect(outcome.band.code).toBe('minimal');
    else expect.unreachable();
  });

  it('refuses an instrument it does not ship', () => {
    expect(() => scoreMeasure('C-SSRS' as InstrumentId, {})).toThrow(RangeError);
    expect(() => scoreMeasure('toString' as InstrumentId, {})).toThrow(RangeError);
  });

  it('never calls a result a diagnosis', () => {
    const outcomes = [
      scoreMeasure('PHQ-9', sameAnswer(9, 3)),
      scoreMeasure('GAD-7', sameAnswer(7, 3)),
      scoreMeasure('PCL-5', sameAnswer(20, 4)),
      scoreMeasure('ASQ', { ...sameAnswer(4, 'yes'), 5: 'yes' }),
      scoreMeasure('MAIA-2', sameAnswer(37, 0)),
    ];
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('complete');
      expect(JSON.stringify(outcome).toLowerCase()).not.toContain('diagnos');
    }
  });
});
