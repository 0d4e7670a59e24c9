import uPlot from 'uplot';
import type { MeasureSeries } from './measure-types';

/** Colors come from the theme's tokens at draw time, so the chart follows a switch to dark or dim. */
export function token(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#777777';
}

export function withAlpha(hex: string, alpha: number): string {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return hex;
  const value = Number.parseInt(match[1], 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

export type MarkerShape = 'response' | 'remission' | 'change';

/** Remission outranks response; any other marker (a meaningful or reliable change) is a ring. */
export function markerShape(markers: readonly string[]): MarkerShape | null {
  if (markers.some((m) => m.startsWith('Remission'))) return 'remission';
  if (markers.some((m) => m.startsWith('Response'))) return 'response';
  return markers.length > 0 ? 'change' : null;
}

/** Score ranges as quiet horizontal bands behind everything, deeper for higher ranges. */
export function drawBands(u: uPlot, bands: MeasureSeries['bands']) {
  const { ctx } = u;
  const { left, top, width, height } = u.bbox;
  const accent = token('--color-accent');
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  bands.forEach((_band, index) => {
    const [y0, y1] = bandEdges(u, bands, index);
    ctx.fillStyle = withAlpha(accent, 0.03 + (index * 0.13) / Math.max(bands.length - 1, 1));
    ctx.fillRect(left, y0, width, y1 - y0);
  });
  ctx.restore();
}

/** Whole-number totals: a band's edges sit half-way between its ends and its neighbours'. */
function bandEdges(u: uPlot, bands: MeasureSeries['bands'], index: number): [number, number] {
  const band = bands[index]!;
  const top = index === bands.length - 1 ? band.max : band.max + 0.5;
  const bottom = index === 0 ? band.min : band.min - 0.5;
  return [u.valToPos(top, 'y', true), u.valToPos(bottom, 'y', true)];
}

function shortLabel(label: string): string {
  return label.replace(/ \(\d+\)$/, '').replace('the screening ', '');
}

/** Each range named in the gutter to the right of the plot, where no point can cover it. */
export function drawBandLabels(u: uPlot, bands: MeasureSeries['bands'], gutter: number) {
  if (gutter === 0) return;
  const { ctx } = u;
  const px = uPlot.pxRatio;
  const x = u.bbox.left + u.bbox.width + 8 * px;
  ctx.save();
  ctx.fillStyle = token('--color-text-muted');
  ctx.font = `${11.5 * px}px ${token('--font-body')}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  bands.forEach((band, index) => {
    const [y0, y1] = bandEdges(u, bands, index);
    if (y1 - y0 < 12 * px) return;
    ctx.fillText(`${shortLabel(band.label)} ${band.min}–${band.max}`, x, (y0 + y1) / 2, (gutter - 12) * px);
  });
  ctx.restore();
}

function diamond(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  ctx.beginPath();
  ctx.moveTo(x, y - r);
  ctx.lineTo(x + r, y);
  ctx.lineTo(x, y + r);
  ctx.lineTo(x - r, y);
  ctx.closePath();
}

/** A diamond around a point that reached response (outline) or remission (filled); a ring for other change markers. */
export function drawMarkers(u: uPlot, points: MeasureSeries['points']) {
  const { ctx } = u;
  const px = uPlot.pxRatio;
  const stroke = token('--color-accent-strong');
  ctx.save();
  ctx.lineWidth = 2 * px;
  points.forEach((point) => {
    const shape = markerShape(point.change?.markers ?? []);
    if (!shape) return;
    const x = u.valToPos(Date.parse(point.completedAt) / 1000, 'x', true);
    const y = u.valToPos(point.total, 'y', true);
    ctx.strokeStyle = stroke;
    if (shape === 'change') {
      ctx.beginPath();
      ctx.arc(x, y, 9 * px, 0, 2 * Math.PI);
      ctx.stroke();
      return;
    }
    diamond(ctx, x, y, 11 * px);
    ctx.stroke();
    if (shape === 'remission') {
      ctx.fillStyle = withAlpha(token('--color-accent'), 0.35);
      ctx.fill();
    }
  });
  ctx.restore();
}
