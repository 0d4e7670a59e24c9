export const ENQUIRY_STATUSES = ['new', 'contacted', 'consultation_scheduled', 'became_client', 'declined', 'closed'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

export const ENQUIRY_STATUS_LABELS: Record<EnquiryStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  consultation_scheduled: 'Consultation scheduled',
  became_client: 'Became a client',
  declined: 'Declined',
  closed: 'Closed',
};

/**
 * The path a request takes through the queue. A declined or closed request can be reopened
 * (people write back); one that became a client has moved on to the chart and stays put.
 */
const NEXT: Record<EnquiryStatus, readonly EnquiryStatus[]> = {
  new: ['contacted', 'consultation_scheduled', 'declined', 'closed'],
  contacted: ['consultation_scheduled', 'became_client', 'declined', 'closed'],
  consultation_scheduled: ['contacted', 'became_client', 'declined', 'closed'],
  became_client: [],
  declined: ['contacted'],
  closed: ['contacted'],
};

export function nextStatuses(from: EnquiryStatus): readonly EnquiryStatus[] {
  return NEXT[from];
}

export type StatusChangeProblem = 'not_allowed' | 'reason_required';

/** Declining someone is a decision about a person: it always carries a reason. */
export function checkStatusChange(from: EnquiryStatus, to: EnquiryStatus, reason: string | null): StatusChangeProblem | null {
  if (!NEXT[from].includes(to)) return 'not_allowed';
  if (to === 'declined' && !reason?.trim()) return 'reason_required';
  return null;
}
