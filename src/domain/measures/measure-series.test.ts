import { describe, expect, it } from 'vitest';
import { measureSeries, pcl5Bands } from './measure-series.js';

const at = (day: number) => `2026-0${Math.floor(day / 28) + 1}-${String((day % 28) + 1).padStart(2, '0')}T10:00:00.000Z`;

describe('measureSeries', () => {
  it('compares each PHQ-9 with the first and marks response and remission', () => {
    const series = measureSeries(
      'PHQ-9',
      [
        { responseId: 'c', completedAt: at(40), total: 4 },
        { responseId: 'a', completedAt: at(0), total: 18 },
        { responseId: 'b', completedAt: at(20), total: 9 },
      ],
      33,
    );
    expect(series.points.map((p) => p.responseId)).toEqual(['a', 'b', 'c']);
    expect(series.points[0]?.change).toBeNull();
    expect(series.points[0]?.bandLabel).toBe('Moderately severe');
    expect(series.points[1]?.change).toMatchObject({ change: -9, direction: 'improved', response: true, remission: false });
    expect(series.points[1]?.change?.markers).toContain('Response: 50% or more below baseline');
    expect(series.points[2]?.change).toMatchObject({ response: true, remission: true });
    expect(series.points[2]?.change?.markers).toContain('Remission: total below 5');
    expect(series.maxTotal).toBe(27);
    expect(series.bands).toHaveLength(5);
  });

  it('does not call 10 from 18 a response (44% lower)', () => {
    const series = measureSeries(
      'PHQ-9',
      [
        { responseId: 'a', completedAt: at(0), total: 18 },
        { responseId: 'b', completedAt: at(1), total: 10 },
      ],
      33,
    );
    expect(series.points[1]?.change?.response).toBe(false);
    expect(series.points[1]?.change?.markers).toEqual(['Improved by 5 points or more']);
  });

  it('marks worsening on the GAD-7 at 4 points', () => {
    const series = measureSeries(
      'GAD-7',
      [
        { responseId: 'a', completedAt: at(0), total: 6 },
        { responseId: 'b', completedAt: at(1), total: 10 },
      ],
      33,
    );
    expect(series.points[1]?.change?.markers).toEqual(['Worse by 4 points or more']);
  });

  it('shades the PCL-5 around the practice’s cut-off and marks reliable and meaningful change', () => {
    expect(pcl5Bands(31)).toEqual([expect.objectContaining({ min: 0, max: 30 }), expect.objectContaining({ min: 31, max: 80 })]);
    const series = measureSeries(
      'PCL-5',
      [
        { responseId: 'a', completedAt: at(0), total: 50 },
        { responseId: 'b', completedAt: at(1), total: 44 },
        { responseId: 'c', completedAt: at(2), total: 38 },
      ],
      33,
    );
    expect(series.points[1]?.change?.markers).toEqual(['Reliable improvement: 5 points or more']);
    expect(series.points[2]?.change?.markers).toEqual(['Clinically meaningful improvement: 10 points or more']);
  });
});
