import { ENQUIRY_STATUS_LABELS } from '../../../domain/enquiries/enquiry-status';
import type { EnquiryStatus } from '../../api/types';
import type { GlyphShape } from '../../ui/Glyph';
import { type BadgeTone, StatusBadge } from '../../ui/StatusBadge';

// The clinic's words for each status live with the status path itself, in the domain.
export const STATUS_LABELS = ENQUIRY_STATUS_LABELS;

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
