import 'uplot/dist/uPlot.min.css';
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { drawBandLabels, drawBands, drawMarkers, token, withAlpha } from './chart-drawing';
import type { MeasureSeries } from './measure-types';

const HEIGHT = 240;
const DAY = 24 * 3600;
/** Room to the right of the plot for the names of the score ranges, on screens wide enough to spare it. */
const gutterFor = (width: number) => (width >= 560 ? 170 : 0);

function dayLabels(timeZone: string | undefined) {
  const format = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone });
  return (_u: uPlot, splits: number[]) => splits.map((seconds) => format.format(new Date(seconds * 1000)));
}

function options(series: MeasureSeries, width: number, timeZone: string | undefined): uPlot.Options {
  const font = `12px ${token('--font-body')}`;
  const ticks = { stroke: () => token('--color-border-strong'), width: 1, size: 4 };
  return {
    width,
    height: HEIGHT,
    padding: [12, (u) => gutterFor(u.width), 0, 0],
    legend: { show: false },
    cursor: { show: false },
    ...(timeZone ? { tzDate: (ts: number) => uPlot.tzDate(new Date(ts * 1000), timeZone) } : {}),
    scales: {
      x: { time: true, range: (_u, min, max) => (min === max ? [min - 14 * DAY, max + 14 * DAY] : [min - 4 * DAY, max + 4 * DAY]) },
      y: { range: [0, series.maxTotal] },
    },
    axes: [
      { stroke: () => token('--color-text-muted'), font, grid: { show: false }, ticks, space: 70, values: dayLabels(timeZone) },
      {
        stroke: () => token('--color-text-muted'),
        font,
        size: 36,
        ticks,
        grid: { stroke: () => withAlpha(token('--color-border-strong'), 0.25), width: 1 },
      },
    ],
    series: [
      {},
      {
        label: `${series.instrumentId} total`,
        stroke: () => token('--color-accent'),
        width: 2,
        points: { show: true, size: 8, width: 2, stroke: () => token('--color-accent'), fill: () => token('--color-surface') },
      },
    ],
    hooks: {
      drawClear: [(u) => drawBands(u, series.bands)],
      draw: [
        (u) => {
          drawBandLabels(u, series.bands, gutterFor(u.width));
          drawMarkers(u, series.points);
        },
      ],
    },
  };
}

/**
 * One instrument's totals over time. The canvas is an image with a name; the table beside it carries the
 * same numbers for anyone who cannot see it.
 */
export function SeriesChart({ series, label, timeZone }: { series: MeasureSeries; label: string; timeZone: string | undefined }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const xs = series.points.map((point) => Date.parse(point.completedAt) / 1000);
    const ys = series.points.map((point) => point.total);
    const chart = new uPlot(options(series, element.clientWidth || 600, timeZone), [xs, ys], element);
    chart.ctx.canvas.setAttribute('role', 'img');
    chart.ctx.canvas.setAttribute('aria-label', label);
    const resize = new ResizeObserver(() => {
      const width = element.clientWidth;
      if (width === 0 || width === chart.width) return;
      // The gutter for the range names comes and goes with the width.
      chart.setSize({ width, height: HEIGHT });
      chart.redraw(false, true);
    });
    resize.observe(element);
    const theme = new MutationObserver(() => chart.redraw(false, true));
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      resize.disconnect();
      theme.disconnect();
      chart.destroy();
    };
  }, [series, label, timeZone]);
  return <div ref={ref} className="series-chart" />;
}
