import { type ReactNode, useEffect, useRef } from 'react';
import { Glyph, type GlyphShape } from './Glyph';

type Tone = 'info' | 'success' | 'warning' | 'danger';

const SHAPES: Record<Tone, GlyphShape> = { info: 'info', success: 'check', warning: 'alert', danger: 'alert' };

interface NoticeProps {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  /** Announce politely when it appears (after saving, say). */
  live?: boolean;
  headingLevel?: 2 | 3;
  /** Take focus when it appears, for a message that replaces what the person just used. */
  takeFocus?: boolean;
}

export function Notice({ tone = 'info', title, children, live = false, headingLevel = 2, takeFocus = false }: NoticeProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div ref={ref} className={`notice notice-${tone}`} role={live ? 'status' : undefined} {...(takeFocus ? { tabIndex: -1 } : {})}>
      <Glyph shape={SHAPES[tone]} className="notice-glyph" />
      <div className="notice-body">
        {title && <Heading className="notice-title">{title}</Heading>}
        {children}
      </div>
    </div>
  );
}
