import type { EnquiryStatus } from '../../api/types';
import type { GlyphShape } from '../../ui/Glyph';
import { type BadgeTone, StatusBadge } from '../../ui/StatusBadge';

export const STATUS_LABELS: Record<EnquiryStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  consultation_scheduled: 'Consultation scheduled',
  became_client: 'Became a client',
  declined: 'Declined',
  closed: 'Closed',
};

const LOOK: Record<EnquiryStatus, { tone: BadgeTone; shape: GlyphShape }> = {
  new: { tone: 'accent', shape: 'dot' },
  contacted: { tone: 'neutral', shape: 'half' },
  consultation_scheduled: { tone: 'warning', shape: 'clock' },
  became_client: { tone: 'success', shape: 'check' },
  declined: { tone: 'muted', shape: 'cross' },
  closed: { tone: 'muted', shape: 'square' },
};

export function RequestStatusBadge({ status }: { status: EnquiryStatus }) {
  return <StatusBadge label={STATUS_LABELS[status]} {...LOOK[status]} />;
}
