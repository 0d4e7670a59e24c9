import { describe, expect, it } from 'vitest';
import { chartGeometry } from './vitals-chart';

const box = { width: 640, height: 240, left: 40, right: 10, top: 10, bottom: 30 };

describe('the record’s vitals chart', () => {
  const points = [
    { minutes: -10, systolic: 120, diastolic: 80, heartRate: 70 },
    { minutes: 40, systolic: 150, diastolic: 95, heartRate: 88 },
    { minutes: 15, systolic: 135, diastolic: 85, heartRate: 80 },
  ];
  const g = chartGeometry(points, box);

  it('spans the baseline before the dose to at least two hours after it', () => {
    expect(g.x(-10)).toBe(box.left);
    expect(g.x(120)).toBe(box.width - box.right);
    expect(g.minutesTicks).toEqual([0, 30, 60, 90, 120]);
  });

  it('keeps every reading inside the plot, higher values higher up', () => {
    expect(g.valueTicks[0]).toBe(40);
    expect(g.valueTicks.at(-1)).toBe(200);
    expect(g.y(150)).toBeLessThan(g.y(120));
    expect(g.y(200)).toBe(box.top);
    expect(g.y(40)).toBe(box.height - box.bottom);
  });

  it('draws each series in time order', () => {
    const systolic = g.series.find((s) => s.key === 'systolic')!.path;
    expect(systolic.startsWith('M40.0,')).toBe(true);
    expect(systolic.split(' ')).toHaveLength(3);
    expect(g.series.map((s) => s.label)).toEqual(['Systolic', 'Diastolic', 'Heart rate']);
  });

  it('widens the scale for a reading past 200', () => {
    const high = chartGeometry([{ minutes: 30, systolic: 212, diastolic: 118, heartRate: 130 }], box);
    expect(high.valueTicks.at(-1)).toBeGreaterThanOrEqual(212);
  });
});
