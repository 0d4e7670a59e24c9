import { describe, expect, it } from 'vitest';
import { changeFromBaseline, gad7Change, pcl5Change, phq9Change } from './change-over-time.js';

describe('phq9Change', () => {
  it('counts exactly a 50% fall as a response', () => {
    expect(phq9Change(10, 5)).toMatchObject({ response: true, percentFall: 0.5, change: -5, direction: 'improved' });
    expect(phq9Change(26, 13)).toMatchObject({ response: true, percentFall: 0.5 });
  });

  it('does not count a fall just under 50% as a response', () => {
    // 27 → 14 is a 48.1% fall, the nearest a PHQ-9 total gets below 50%.
    expect(phq9Change(27, 14)).toMatchObject({ response: false });
    expect(phq9Change(27, 14).percentFall).toBeCloseTo(13 / 27);
    expect(phq9Change(11, 6)).toMatchObject({ response: false });
    expect(phq9Change(27, 13)).toMatchObject({ response: true });
  });

  it('cannot judge a response from a baseline of 0', () => {
    expect(phq9Change(0, 0)).toMatchObject({ response: null, percentFall: null, remission: true });
    expect(phq9Change(0, 6)).toMatchObject({ response: null, direction: 'worsened' });
  });

  it('does not call a rise a response', () => {
    expect(phq9Change(5, 10)).toMatchObject({ response: false, direction: 'worsened' });
  });

  it('calls a later total of 4 remission and 5 not', () => {
    expect(phq9Change(20, 4).remission).toBe(true);
    expect(phq9Change(20, 5).remission).toBe(false);
  });

  it('marks a change of 5 points either way as a minimal important change', () => {
    expect(phq9Change(12, 7).minimalImportantChange).toBe('improvement');
    expect(phq9Change(12, 8).minimalImportantChange).toBe('none');
    expect(phq9Change(7, 12).minimalImportantChange).toBe('worsening');
    expect(phq9Change(7, 11).minimalImportantChange).toBe('none');
    expect(phq9Change(9, 9)).toMatchObject({ change: 0, direction: 'unchanged', minimalImportantChange: 'none' });
  });
});

describe('gad7Change', () => {
  it('marks 4 points either way as meaningful, 3 as not', () => {
    expect(gad7Change(10, 6)).toMatchObject({ meaningfulChange: 'improvement', direction: 'improved' });
    expect(gad7Change(10, 7)).toMatchObject({ meaningfulChange: 'none' });
    expect(gad7Change(6, 10)).toMatchObject({ meaningfulChange: 'worsening', direction: 'worsened' });
    expect(gad7Change(6, 9)).toMatchObject({ meaningfulChange: 'none' });
  });
});

describe('pcl5Change', () => {
  it('separates reliable change (5) from clinically meaningful change (10)', () => {
    expect(pcl5Change(40, 36)).toMatchObject({ reliableChange: 'none', clinicallyMeaningfulChange: 'none' });
    expect(pcl5Change(40, 35)).toMatchObject({ reliableChange: 'improvement', clinicallyMeaningfulChange: 'none' });
    expect(pcl5Change(40, 31)).toMatchObject({ reliableChange: 'improvement', clinicallyMeaningfulChange: 'none' });
    expect(pcl5Change(40, 30)).toMatchObject({
      reliableChange: 'improvement',
      clinicallyMeaningfulChange: 'improvement',
    });
    expect(pcl5Change(30, 40)).toMatchObject({
      reliableChange: 'worsening',
      clinicallyMeaningfulChange: 'worsening',
      direction: 'worsened',
    });
  });
});

describe('changeFromBaseline', () => {
  it('dispatches by instrument', () => {
    expect(changeFromBaseline('PHQ-9', 10, 5)).toMatchObject({ instrumentId: 'PHQ-9', response: true });
    expect(changeFromBaseline('GAD-7', 10, 6)).toMatchObject({ instrumentId: 'GAD-7', meaningfulChange: 'improvement' });
    expect(changeFromBaseline('PCL-5', 40, 30)).toMatchObject({ instrumentId: 'PCL-5' });
  });

  it.each([
    ['PHQ-9', 28, 0],
    ['PHQ-9', -1, 0],
    ['GAD-7', 0, 22],
    ['PCL-5', 81, 0],
    ['PCL-5', 10.5, 0],
  ] as const)('refuses a %s total outside its range (%s → %s)', (id, baseline, later) => {
    expect(() => changeFromBaseline(id, baseline, later)).toThrow(RangeError);
  });

  it('refuses instruments without a total', () => {
    expect(() => changeFromBaseline('MAIA-2' as 'PHQ-9', 1, 2)).toThrow(RangeError);
  });
});
