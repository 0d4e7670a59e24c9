import { Glyph, type GlyphShape } from './Glyph';

export type BadgeTone = 'accent' | 'neutral' | 'success' | 'warning' | 'danger' | 'muted';

/** A status in words with a shape beside them; color only reinforces. */
export function StatusBadge({ label, tone = 'neutral', shape = 'dot' }: { label: string; tone?: BadgeTone; shape?: GlyphShape }) {
  return (
    <span className={`badge badge-${tone}`}>
      <Glyph shape={shape} />
      {label}
    </span>
  );
}
