import type { MarkerShape } from './chart-drawing';

/** The chart's marker shapes, for the legend and the table; decorative, the words carry the meaning. */
export function MarkerShapeIcon({ shape }: { shape: MarkerShape }) {
  return (
    <svg className="marker-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      {shape === 'change' ? (
        <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      ) : (
        <path
          d="M8 1.5 14.5 8 8 14.5 1.5 8z"
          fill={shape === 'remission' ? 'currentColor' : 'none'}
          fillOpacity={shape === 'remission' ? 0.4 : 1}
          stroke="currentColor"
          strokeWidth="1.6"
        />
      )}
    </svg>
  );
}
